package dev.kakehashi.federation.reader;

import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.RemotePostRepository.Content;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Update} of a Note, Article or Page by its author: new content and {@code updated}. An
 * Update for a post we never received is ignored, as Mastodon does.
 */
public final class UpdateNoteHandler implements InboxHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateNoteHandler.class);

    private final Transactions tx;
    private final RemotePostRepository posts;
    private final ObjectToRemotePost convert;
    private final Clock clock;

    public UpdateNoteHandler(Transactions tx, RemotePostRepository posts, ObjectToRemotePost convert, Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.convert = convert;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        Content post = convert.convert(activity.actorId(), activity.json().get("object"));
        Content dated = post.updated() != null
                ? post
                : new Content(
                        post.uri(),
                        post.actorUri(),
                        post.type(),
                        post.url(),
                        post.name(),
                        post.contentHtml(),
                        post.summary(),
                        post.published(),
                        clock.instant());
        boolean updated = tx.call(() -> {
            var stored = posts.byUri(post.uri());
            if (stored.isEmpty() || stored.get().deletedAt() != null) {
                return false;
            }
            if (!stored.get().content().actorUri().equals(activity.actorId())) {
                throw new RejectedActivity("only its author may update " + post.uri());
            }
            // Out-of-order delivery: an edit older than the one we show changes nothing (INTEROP A9.7).
            java.time.Instant shown = stored.get().content().updated();
            if (shown != null && post.updated() != null && !post.updated().isAfter(shown)) {
                return false;
            }
            return posts.update(dated);
        });
        if (updated) {
            log.info("Updated {} from {}", post.uri(), activity.actorId());
        } else {
            log.debug("Ignored an Update of unknown {}", post.uri());
        }
    }
}
