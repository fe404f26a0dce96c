package dev.kakehashi.federation.moderation;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.FollowerService;
import dev.kakehashi.service.FollowingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote account moved to a new one (FEP-7628, INTEROP A9.13: {@code Move{actor: old, object: old,
 * target: new}}). Valid only when the new account, fetched now, lists the old one in {@code
 * alsoKnownAs}, as Mastodon checks; then each follow of the old account becomes the new account's
 * ({@link FollowerService#moved}), and each local actor following the old account follows the
 * new one instead (the reader's side, {@link FollowingService#followMoved}).
 */
public final class MoveHandler implements ActivityHandler<Inbound.Move> {
    private static final Logger log = LoggerFactory.getLogger(MoveHandler.class);

    private final FollowerService followers;
    private final RemoteActorService remoteActors;
    private final Blocklist blocklist;
    private final FollowingService following;

    public MoveHandler(
            FollowerService followers,
            RemoteActorService remoteActors,
            Blocklist blocklist,
            FollowingService following) {
        this.followers = followers;
        this.remoteActors = remoteActors;
        this.blocklist = blocklist;
        this.following = following;
    }

    @Override
    public void handle(Inbound.Move activity) {
        String old = activity.actorId();
        String object = activity.object();
        if (object != null && !object.equals(old)) {
            throw new RejectedActivity("an actor can only move itself");
        }
        String target = activity.target();
        if (target.equals(old)) {
            throw new RejectedActivity("the Move names no new account");
        }
        if (blocklist.blocksActor(target)) {
            throw new RejectedActivity("the new account is blocked here");
        }
        RemoteActorService.Aliased moved;
        try {
            moved = remoteActors.refreshWithAliases(target);
        } catch (RemoteFetchException e) {
            switch (e.reason()) {
                case UNREACHABLE, HTTP_ERROR, TOO_MANY_REDIRECTS -> throw e;
                default -> throw new RejectedActivity("the new account cannot be fetched: " + e.getMessage());
            }
        }
        if (!moved.alsoKnownAs().contains(old)) {
            throw new RejectedActivity("the new account does not name the old one in alsoKnownAs");
        }
        RemoteActor next = moved.actor();
        int count = followers.moved(old, next);
        log.info("{} moved to {}: {} follow(s) moved", old, next.uri(), count);
        following.followMoved(old, next);
    }
}
