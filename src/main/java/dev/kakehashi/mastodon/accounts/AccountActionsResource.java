package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.RelationshipToEntity;
import dev.kakehashi.mastodon.entity.RelationshipEntity;
import dev.kakehashi.service.AccountRelations;
import dev.kakehashi.service.AccountTarget;
import dev.kakehashi.service.BlockAdmin;
import dev.kakehashi.service.FollowerAdmin;
import dev.kakehashi.service.MuteService;
import dev.kakehashi.service.Relationship;
import dev.kakehashi.service.RemoteFollowing;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * Acting on an account from an app (INTEROP B4.4); each answers the relationship as it now stands,
 * and doing a thing twice is doing it once.
 * <ul>
 *   <li>follow and unfollow go out as {@code Follow} and {@code Undo} through the same service as
 *       the admin's Following page: {@code requested} until their server accepts. The blog's own
 *       authors share one blog and do not follow each other: following one changes nothing and
 *       answers the relationship as it is. {@code notify} (true or false; omitted keeps it) asks to
 *       be told of each new post of the account, as a {@code status} notification;
 *   <li>block and unblock are the blog's moderation blocks, so only an admin may use them (403
 *       otherwise): the blocked account stops following every author, its activities are refused;
 *   <li>mute is the caller's own, with {@code notifications} and {@code duration} (seconds, 0 for
 *       good);
 *   <li>remove_from_followers drops the follower and sends it a {@code Reject}.
 * </ul>
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountActionsResource {
    static final String ADMINS_ONLY =
            "This action is not allowed: blocks apply to the whole blog, so only an admin may" + " change them";

    private final AccountRelations relations;
    private final RemoteFollowing following;
    private final FollowerAdmin followers;
    private final BlockAdmin blocks;
    private final MuteService mutes;

    public AccountActionsResource(
            AccountRelations relations,
            RemoteFollowing following,
            FollowerAdmin followers,
            BlockAdmin blocks,
            MuteService mutes) {
        this.relations = relations;
        this.following = following;
        this.followers = followers;
        this.blocks = blocks;
        this.mutes = mutes;
    }

    @POST
    @Path("{id}/follow")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:follows")
    public RelationshipEntity follow(
            @Context ContainerRequestContext request,
            @Context UriInfo uri,
            @PathParam("id") String id,
            MastodonBody body) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        // Read before anything changes, so that a bad notify (422) follows nobody.
        Optional<Boolean> notify =
                MastodonBody.withQuery(body, uri.getQueryParameters()).bool("notify");
        AccountTarget t = relations.target(n);
        if (t.isRemote()) {
            Relationship now = relations.of(me, n);
            if (!now.following() && !now.requested()) {
                following.follow(me, t.remote().uri());
            }
            notify.ifPresent(on -> following.setNotify(me, t.remote().uri(), on));
        }
        return relationship(me, n);
    }

    @POST
    @Path("{id}/unfollow")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:follows")
    public RelationshipEntity unfollow(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        AccountTarget t = relations.target(n);
        if (t.isRemote()) {
            Relationship now = relations.of(me, n);
            if (now.following() || now.requested()) {
                following.unfollow(me, t.remote().uri());
            }
        }
        return relationship(me, n);
    }

    @POST
    @Path("{id}/remove_from_followers")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:follows")
    public RelationshipEntity removeFromFollowers(
            @Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        Relationship now = relations.of(me, n);
        if (now.followedBy() || now.requestedBy()) {
            try {
                followers.reject(relations.followerRow(me, false, n, false), me, false);
            } catch (ServiceException e) {
                // Only the blog's actor has it: not the caller's follower to remove.
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        return relationship(me, n);
    }

    @POST
    @Path("{id}/block")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:blocks")
    public RelationshipEntity block(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        RemoteActor a = remoteOnly(n, "Accounts of this blog cannot be blocked");
        requireAdmin(me);
        if (!relations.of(me, n).blocking()) {
            try {
                blocks.blockActor(a.uri(), null);
            } catch (ServiceException e) {
                if (e.status() != 409) {
                    throw e;
                }
            }
        }
        return relationship(me, n);
    }

    @POST
    @Path("{id}/unblock")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:blocks")
    public RelationshipEntity unblock(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        AccountTarget t = relations.target(n);
        requireAdmin(me);
        if (t.isRemote()) {
            blocks.list().stream()
                    .filter(b -> !b.domain() && b.target().equals(t.remote().uri()))
                    .forEach(b -> blocks.lift(b.id()));
        }
        return relationship(me, n);
    }

    @POST
    @Path("{id}/mute")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:mutes")
    public RelationshipEntity mute(
            @Context ContainerRequestContext request,
            @Context UriInfo uri,
            @PathParam("id") String id,
            MastodonBody body) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        remoteOnly(n, "Accounts of this blog cannot be muted");
        MastodonBody b = MastodonBody.withQuery(body, uri.getQueryParameters());
        mutes.mute(
                me,
                n,
                b.bool("notifications").orElse(true),
                b.number("duration").orElse(0L));
        return relationship(me, n);
    }

    @POST
    @Path("{id}/unmute")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:mutes")
    public RelationshipEntity unmute(@Context ContainerRequestContext request, @PathParam("id") String id) {
        long me = ApiCaller.accountOf(request);
        long n = AccountViews.id(id);
        if (relations.target(n).isRemote()) {
            mutes.unmute(me, n);
        }
        return relationship(me, n);
    }

    private RemoteActor remoteOnly(long id, String message) {
        AccountTarget t = relations.target(id);
        if (!t.isRemote()) {
            throw InvalidInputException.of("id", message);
        }
        return t.remote();
    }

    /** Blocks are the whole blog's: 403 for an author who is not an admin. */
    void requireAdmin(long me) {
        if (!relations.isAdmin(me)) {
            throw ServiceException.forbidden(ADMINS_ONLY);
        }
    }

    private RelationshipEntity relationship(long me, long id) {
        return RelationshipToEntity.of(relations.of(me, id));
    }
}
