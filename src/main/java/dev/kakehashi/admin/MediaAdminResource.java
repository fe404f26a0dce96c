package dev.kakehashi.admin;

import dev.kakehashi.domain.Media;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.media.MediaService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * Image uploads for the compose page, answered in JSON: {@code POST /admin/media} (multipart fields
 * {@code file} and {@code alt}) and {@code POST /admin/media/{id}/alt} (field {@code alt}). Errors
 * come back as {@code {"error": ...}} (see ErrorMapper). The answer is JSON whatever the request's
 * {@code Accept} says, since browsers' form posts ask for HTML.
 */
@Path("/admin/media")
public final class MediaAdminResource {
    private final MediaService media;
    private final Links links;

    public MediaAdminResource(MediaService media, Links links) {
        this.media = media;
        this.links = links;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @FormDataParam("file") InputStream file,
            @FormDataParam("file") FormDataContentDisposition disposition,
            @FormDataParam("alt") String alt,
            @Context ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        String declaredName = disposition == null ? null : disposition.getFileName();
        Media m = media.upload(me.accountId(), file, declaredName, alt);
        MediaJson json = MediaJson.of(m, links);
        return Response.created(URI.create(json.url()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json)
                .build();
    }

    @POST
    @Path("{id}/alt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response describe(
            @PathParam("id") String id, @FormParam("alt") String alt, @Context ContainerRequestContext request) {
        return describeAs(Auth.require(request), id, alt);
    }

    @POST
    @Path("{id}/alt")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response describeMultipart(
            @PathParam("id") String id, @FormDataParam("alt") String alt, @Context ContainerRequestContext request) {
        return describeAs(Auth.require(request), id, alt);
    }

    private Response describeAs(SignedIn me, String id, String alt) {
        long mediaId;
        try {
            mediaId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Image");
        }
        MediaJson json = MediaJson.of(media.describe(me.accountId(), me.admin(), mediaId, alt), links);
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
