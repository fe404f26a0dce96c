package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.ReactorToAccount;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.CommentActions;
import dev.kakehashi.service.LocalFavourites;
import dev.kakehashi.service.RemoteReactions;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Favourite and reblog of a status, and taking them back (INTEROP B5): for a post from elsewhere
 * they go out as {@code Like}, {@code Announce} and {@code Undo} through the same service as the
 * admin reader's buttons; doing it twice sends nothing more. A favourite of one of the blog's own
 * posts is stored as a local like; a boost of one is refused with 422. The answer is the status as
 * the caller now sees it. Who favourited or reblogged a blog post comes from the stored reactions.
 * A comment's id is acted on as {@link CommentActions} says, and answered as {@code context} lists it.
 */
@Path("/api/v1/statuses")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusActionsResource {
    private final StatusQueries statuses;
    private final RemoteReactions reactions;
    private final LocalFavourites favourites;
    private final StatusPresenter presenter;
    private final ReactorToAccount accounts;
    private final CommentActions comments;
    private final AnyStatus any;

    public StatusActionsResource(
            StatusQueries statuses,
            RemoteReactions reactions,
            LocalFavourites favourites,
            StatusPresenter presenter,
            ReactorToAccount accounts,
            CommentActions comments,
            AnyStatus any) {
        this.statuses = statuses;
        this.reactions = reactions;
        this.favourites = favourites;
        this.presenter = presenter;
        this.accounts = accounts;
        this.comments = comments;
        this.any = any;
    }

    @POST
    @Path("{id}/favourite")
    @RequiresScope("write:favourites")
    public StatusEntity favourite(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return act(request, id, RemoteReactions.Kind.LIKE, true);
    }

    @POST
    @Path("{id}/unfavourite")
    @RequiresScope("write:favourites")
    public StatusEntity unfavourite(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return act(request, id, RemoteReactions.Kind.LIKE, false);
    }

    @POST
    @Path("{id}/reblog")
    @RequiresScope("write:statuses")
    public StatusEntity reblog(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return act(request, id, RemoteReactions.Kind.BOOST, true);
    }

    @POST
    @Path("{id}/unreblog")
    @RequiresScope("write:statuses")
    public StatusEntity unreblog(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return act(request, id, RemoteReactions.Kind.BOOST, false);
    }

    @POST
    @Path("{id}/bookmark")
    @RequiresScope("write:bookmarks")
    public StatusEntity bookmark(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return any.mark(
                ApiCaller.accountOf(request),
                PathIds.of(id),
                (account, statusId) -> comments.bookmark(account, statusId, true),
                (account, statusId) -> statuses.bookmark(statusId, account));
    }

    @POST
    @Path("{id}/unbookmark")
    @RequiresScope("write:bookmarks")
    public StatusEntity unbookmark(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return any.mark(
                ApiCaller.accountOf(request),
                PathIds.of(id),
                (account, statusId) -> comments.bookmark(account, statusId, false),
                (account, statusId) -> statuses.unbookmark(statusId, account));
    }

    /**
     * The accounts that liked a blog post or an author's answer (emoji reactions included), or the
     * blog's authors that liked a comment.
     */
    @GET
    @Path("{id}/favourited_by")
    public List<AccountEntity> favouritedBy(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return reactors(request, id, false);
    }

    @GET
    @Path("{id}/reblogged_by")
    public List<AccountEntity> rebloggedBy(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return reactors(request, id, true);
    }

    private List<AccountEntity> reactors(ContainerRequestContext request, String id, boolean boosts) {
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        long statusId = PathIds.of(id);
        var ofComment = comments.reactors(statusId, viewer, boosts);
        if (ofComment.isPresent()) {
            return ofComment.get().entrySet().stream()
                    .map(e -> accounts.convert(e.getKey(), e.getValue()))
                    .toList();
        }
        return statuses.reactors(statusId, viewer, boosts).entrySet().stream()
                .map(e -> accounts.convert(e.getKey(), e.getValue()))
                .toList();
    }

    private StatusEntity act(ContainerRequestContext request, String id, RemoteReactions.Kind kind, boolean on) {
        long account = ApiCaller.accountOf(request);
        long statusId = PathIds.of(id);
        if (comments.react(account, statusId, kind, on)) {
            return any.one(statusId, account);
        }
        String uri = statuses.remoteUri(statusId, account).orElse(null);
        if (uri == null) {
            return local(account, statusId, kind, on);
        }
        if (on) {
            reactions.react(account, uri, kind);
        } else {
            reactions.undo(account, uri, kind);
        }
        return statuses.one(statusId, account, presenter::one);
    }

    /**
     * A favourite of one of the blog's posts is stored here. A boost of one is refused: the blog's
     * posts already reach every follower of the blog and of their author, and an Announce of our
     * own post would only repeat it in their timelines.
     */
    private StatusEntity local(long account, long statusId, RemoteReactions.Kind kind, boolean on) {
        if (kind == RemoteReactions.Kind.BOOST) {
            // Unreblog of what was never reblogged changes nothing, as on Mastodon.
            if (on) {
                throw InvalidInputException.of(
                        "reblog", "The blog's own posts cannot be boosted: they already reach every follower");
            }
            statuses.one(statusId, account, presenter::one);
        } else if (on) {
            favourites.favourite(account, statusId);
        } else {
            favourites.unfavourite(account, statusId);
        }
        return statuses.one(statusId, account, presenter::one);
    }
}
