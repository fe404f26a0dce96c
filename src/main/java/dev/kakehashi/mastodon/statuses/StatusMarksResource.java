package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.CommentActions;
import dev.kakehashi.service.PinService;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Pinning a status to the author's profile and muting a thread's notifications (INTEROP B5.4). The
 * answer is the status as the caller now sees it, with {@code pinned} and {@code muted}. A comment
 * is nobody's post here, so it is not pinned (422, Mastodon's answer for someone else's status) and
 * unpinning it changes nothing; muting it mutes its post's thread.
 */
@Path("/api/v1/statuses")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusMarksResource {
    private final StatusQueries statuses;
    private final PinService pins;
    private final StatusPresenter presenter;
    private final CommentActions comments;
    private final AnyStatus any;

    public StatusMarksResource(
            StatusQueries statuses,
            PinService pins,
            StatusPresenter presenter,
            CommentActions comments,
            AnyStatus any) {
        this.statuses = statuses;
        this.pins = pins;
        this.presenter = presenter;
        this.comments = comments;
        this.any = any;
    }

    @POST
    @Path("{id}/pin")
    @RequiresScope("write:accounts")
    public StatusEntity pin(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long account = ApiCaller.accountOf(request);
        long statusId = PathIds.of(id);
        notAComment(account, statusId);
        pins.pin(account, statusId);
        return statuses.one(statusId, account, presenter::one);
    }

    @POST
    @Path("{id}/unpin")
    @RequiresScope("write:accounts")
    public StatusEntity unpin(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long account = ApiCaller.accountOf(request);
        long statusId = PathIds.of(id);
        if (comments.isComment(statusId, account)) {
            return any.one(statusId, account); // never pinned: nothing to take back, as on Mastodon
        }
        pins.unpin(account, statusId);
        return statuses.one(statusId, account, presenter::one);
    }

    @POST
    @Path("{id}/mute")
    @RequiresScope("write:mutes")
    public StatusEntity mute(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return any.mark(
                ApiCaller.accountOf(request),
                PathIds.of(id),
                (account, statusId) -> comments.mute(account, statusId, true),
                (account, statusId) -> statuses.mute(statusId, account));
    }

    @POST
    @Path("{id}/unmute")
    @RequiresScope("write:mutes")
    public StatusEntity unmute(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return any.mark(
                ApiCaller.accountOf(request),
                PathIds.of(id),
                (account, statusId) -> comments.mute(account, statusId, false),
                (account, statusId) -> statuses.unmute(statusId, account));
    }

    private void notAComment(long account, long statusId) {
        if (comments.isComment(statusId, account)) {
            throw InvalidInputException.of("status", "Post that belongs to another person cannot be pinned");
        }
    }
}
