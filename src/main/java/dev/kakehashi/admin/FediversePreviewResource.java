package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.PostObjectPreview;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The compose form's fediverse preview: the form as posted, answered with the exact ActivityPub
 * object publishing it would send ({@code POST /admin/fediverse-preview} for a new post, {@code
 * /admin/fediverse-preview/{id}} for a stored one). Nothing is saved. A form that saving would
 * refuse gets 422 with {@code {"error": ..., "fields": {...}}}.
 */
@Path("/admin/fediverse-preview")
public final class FediversePreviewResource {
    private final PostService posts;
    private final PostObjectPreview objects;

    public FediversePreviewResource(PostService posts, PostObjectPreview objects) {
        this.posts = posts;
        this.objects = objects;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forNew(MultivaluedMap<String, String> fields, @Context ContainerRequestContext request) {
        return preview(Auth.require(request), null, fields);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forStored(
            @PathParam("id") String id,
            MultivaluedMap<String, String> fields,
            @Context ContainerRequestContext request) {
        return preview(Auth.require(request), PostsAdminResource.parseId(id), fields);
    }

    private Response preview(SignedIn me, Long postId, MultivaluedMap<String, String> fields) {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        try {
            PostForm form = PostForm.of(fields);
            String json = posts.unsaved(me.accountId(), postId, form.input(form.kind()), objects::objectJson);
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                    .cacheControl(cc)
                    .build();
        } catch (InvalidInputException e) {
            return Response.status(422)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .cacheControl(cc)
                    .entity(Map.of("error", e.getMessage(), "fields", e.fieldErrors()))
                    .build();
        }
    }
}
