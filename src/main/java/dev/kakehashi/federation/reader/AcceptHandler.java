package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.Following;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code Accept} of one of our Follows: the follow becomes ACCEPTED. */
public final class AcceptHandler implements InboxHandler {
    private static final Logger log = LoggerFactory.getLogger(AcceptHandler.class);

    private final Transactions tx;
    private final FollowingRepository following;
    private final FollowMatcher matcher;

    public AcceptHandler(Transactions tx, FollowingRepository following, ActorIds ids) {
        this.tx = tx;
        this.following = following;
        this.matcher = new FollowMatcher(following, ids);
    }

    @Override
    public void handle(ReceivedActivity activity) {
        Following row = tx.call(() -> {
            Following r = matcher.match(activity);
            following.accept(r.localActor(), r.remoteActorUri());
            return r;
        });
        log.info("{} accepted the follow of {}", row.remoteActorUri(), row.localActor());
    }
}
