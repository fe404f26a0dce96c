package dev.kakehashi.federation.reader;

import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.RemotePostRepository.Content;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Create} of a Note, Article or Page: kept when one of our actors follows its author. A
 * repeated Create, or one for a post already deleted, changes nothing.
 */
public final class CreateNoteHandler implements InboxHandler {
    private static final Logger log = LoggerFactory.getLogger(CreateNoteHandler.class);

    private final Transactions tx;
    private final FollowingRepository following;
    private final RemotePostRepository posts;
    private final ObjectToRemotePost convert;
    private final Clock clock;

    public CreateNoteHandler(
            Transactions tx,
            FollowingRepository following,
            RemotePostRepository posts,
            ObjectToRemotePost convert,
            Clock clock) {
        this.tx = tx;
        this.following = following;
        this.posts = posts;
        this.convert = convert;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        Content post = convert.convert(activity.actorId(), activity.json().get("object"));
        boolean added = tx.call(() -> {
            // Mentions of our actors by people we do not follow come with replies (a later issue).
            if (following.followersOf(activity.actorId()).isEmpty()) {
                throw new RejectedActivity("not followed: " + activity.actorId());
            }
            if (posts.byUri(post.uri()).isPresent()) {
                return false;
            }
            posts.add(post, clock.instant());
            return true;
        });
        if (added) {
            log.info("Received {} {} from {}", post.type(), post.uri(), activity.actorId());
        }
    }
}
