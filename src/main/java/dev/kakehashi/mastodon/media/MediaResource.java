package dev.kakehashi.mastodon.media;

import dev.kakehashi.domain.Media;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.MediaToAttachment;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.media.MediaService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Image uploads from apps (INTEROP B6), through the admin's upload service: the same checks, the
 * metadata stripped, the type read from the bytes. Processing is synchronous, so v2 answers 200
 * with the {@code url} set, as Mastodon does for images. A file that is too large or not an image
 * is a 422, as Mastodon answers. An upload no status takes within a day is deleted (the
 * maintenance job).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class MediaResource {
    private final MediaService media;
    private final MediaToAttachment toAttachment;

    public MediaResource(MediaService media, MediaToAttachment toAttachment) {
        this.media = media;
        this.toAttachment = toAttachment;
    }

    @POST
    @Path("v1/media")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:media")
    public MediaAttachmentEntity uploadV1(@Context ContainerRequestContext request, MastodonBody body) {
        return upload(request, body);
    }

    @POST
    @Path("v2/media")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:media")
    public MediaAttachmentEntity uploadV2(@Context ContainerRequestContext request, MastodonBody body) {
        return upload(request, body);
    }

    @GET
    @Path("v1/media/{id}")
    @RequiresScope("write:media")
    public MediaAttachmentEntity show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return toAttachment.convert(media.own(ApiCaller.accountOf(request), PathIds.of(id)));
    }

    @PUT
    @Path("v1/media/{id}")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:media")
    public MediaAttachmentEntity update(
            @Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        long owner = ApiCaller.accountOf(request);
        long mediaId = PathIds.of(id);
        MastodonBody b = MastodonBody.of(body);
        FocusPoint.check(b.stringOrNull("focus"));
        Media m = media.own(owner, mediaId);
        if (b.has("description")) {
            m = media.describe(owner, false, mediaId, b.string("description").orElse(""));
        }
        return toAttachment.convert(m);
    }

    /** Mastodon 4.4's delete of an upload no status took; 422 once one did. */
    @DELETE
    @Path("v1/media/{id}")
    @RequiresScope("write:media")
    public Map<String, Object> delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        media.deleteUnattached(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }

    private MediaAttachmentEntity upload(ContainerRequestContext request, MastodonBody body) {
        long owner = ApiCaller.accountOf(request);
        MastodonBody b = MastodonBody.of(body);
        MastodonBody.Upload file =
                b.file("file").orElseThrow(() -> InvalidInputException.of("file", "File can't be blank"));
        FocusPoint.check(b.stringOrNull("focus"));
        try {
            return toAttachment.convert(media.uploadForStatus(
                    owner, new ByteArrayInputStream(file.bytes()), file.fileName(), b.stringOrNull("description")));
        } catch (InvalidInputException e) {
            throw e;
        } catch (ServiceException e) {
            // Too large (413) or not an image (415): Mastodon answers both as a failed validation.
            if (e.status() == 413 || e.status() == 415) {
                throw InvalidInputException.of("file", e.getMessage());
            }
            throw e;
        }
    }
}
