package dev.kakehashi.mastodon.media;

import dev.kakehashi.domain.FocalPoint;
import dev.kakehashi.domain.Media;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.MediaToAttachment;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.media.MediaProcessing;
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
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Image uploads from apps (INTEROP B6), through the admin's upload service: the same checks, the
 * metadata stripped, the type read from the bytes. A file that is too large or not an image is a
 * 422 at once, as Mastodon answers, and nothing is stored.
 *
 * <p>{@code POST /api/v1/media} processes within the request (200 with the {@code url}). {@code
 * POST /api/v2/media} is Mastodon's asynchronous upload ({@link MediaProcessing}): a large picture
 * is answered 202 with {@code url} and {@code preview_url} null, and {@code GET
 * /api/v1/media/:id} answers 206 while the media processing job works on it, then 200 with the
 * {@code url}; a small one is processed at once and answered 200, as Mastodon does when
 * processing finished within the request. An upload whose processing failed answers 422 (Mastodon's
 * "Error processing thumbnail for uploaded media"), so that masto.js stops polling at once rather than
 * after a minute of 404s. A status naming an upload still processing is a 422. {@code PUT} sets the
 * alt text and focal point ({@code focus=x,y}), also while processing. An upload no status takes
 * within a day is deleted (the maintenance job).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class MediaResource {
    private final MediaService media;
    private final MediaProcessing processing;
    private final MediaToAttachment toAttachment;

    public MediaResource(MediaService media, MediaProcessing processing, MediaToAttachment toAttachment) {
        this.media = media;
        this.processing = processing;
        this.toAttachment = toAttachment;
    }

    @POST
    @Path("v1/media")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:media")
    public MediaAttachmentEntity uploadV1(@Context ContainerRequestContext request, MastodonBody body) {
        long owner = ApiCaller.accountOf(request);
        Upload u = Upload.of(body);
        return toAttachment.convert(checked(() -> media.uploadForStatus(
                owner, new ByteArrayInputStream(u.file().bytes()), u.file().fileName(), u.alt(), u.focus())));
    }

    @POST
    @Path("v2/media")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:media")
    public Response uploadV2(@Context ContainerRequestContext request, MastodonBody body) {
        long owner = ApiCaller.accountOf(request);
        Upload u = Upload.of(body);
        Media m = checked(() -> processing.upload(
                owner, new ByteArrayInputStream(u.file().bytes()), u.file().fileName(), u.alt(), u.focus()));
        return answer(m, 202);
    }

    @GET
    @Path("v1/media/{id}")
    @RequiresScope("write:media")
    public Response show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return answer(media.ownUpload(ApiCaller.accountOf(request), PathIds.of(id)), 206);
    }

    @PUT
    @Path("v1/media/{id}")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:media")
    public Response update(@Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        long owner = ApiCaller.accountOf(request);
        long mediaId = PathIds.of(id);
        MastodonBody b = MastodonBody.of(body);
        FocalPoint focus = FocusPoint.parse(b.stringOrNull("focus"));
        Media m = media.ownUpload(owner, mediaId);
        if (b.has("description")) {
            m = media.describe(owner, false, mediaId, b.string("description").orElse(""));
        }
        if (focus != null) {
            m = media.focus(owner, mediaId, focus);
        }
        return answer(m, 206);
    }

    /** Mastodon 4.4's delete of an upload no status took; 422 once one did. */
    @DELETE
    @Path("v1/media/{id}")
    @RequiresScope("write:media")
    public Map<String, Object> delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        media.deleteUnattached(ApiCaller.accountOf(request), PathIds.of(id));
        return Map.of();
    }

    /** 200 with the attachment, or {@code whileProcessing} (202 for an upload, 206 after) without its url yet. */
    private Response answer(Media m, int whileProcessing) {
        return Response.status(m.processing() ? whileProcessing : 200)
                .entity(toAttachment.convert(m))
                .build();
    }

    /** What an upload form carries, checked before any byte is looked at. */
    private record Upload(MastodonBody.Upload file, String alt, FocalPoint focus) {
        static Upload of(MastodonBody body) {
            MastodonBody b = MastodonBody.of(body);
            MastodonBody.Upload file =
                    b.file("file").orElseThrow(() -> InvalidInputException.of("file", "File can't be blank"));
            return new Upload(file, b.stringOrNull("description"), FocusPoint.parse(b.stringOrNull("focus")));
        }
    }

    private static Media checked(Supplier<Media> upload) {
        try {
            return upload.get();
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
