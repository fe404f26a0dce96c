package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.domain.event.PostPinned;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * Pinning an author's own posts to their profile (Mastodon's pinned statuses, published as the
 * actor's {@code featured} collection), with Mastodon's rules and words: at most {@link #MAX_PINS},
 * one's own posts only, never a direct message. Each change raises {@link PostPinned}, which the
 * federation layer sends to followers as {@code Add} or {@code Remove}.
 */
public final class PinService {
    /** Mastodon's {@code StatusPinValidator::PIN_LIMIT}. */
    public static final int MAX_PINS = 5;

    private final Transactions tx;
    private final StatusQueries statuses;
    private final PinRepository pins;
    private final EventBus events;
    private final Clock clock;

    public PinService(Transactions tx, StatusQueries statuses, PinRepository pins, EventBus events, Clock clock) {
        this.tx = tx;
        this.statuses = statuses;
        this.pins = pins;
        this.events = events;
        this.clock = clock;
    }

    /** Pins a status the author may see (404 otherwise); pinning it again changes nothing. */
    public void pin(long accountId, long statusId) {
        tx.run(() -> {
            Post post = own(accountId, statusId);
            if (post.visibility() == Visibility.DIRECT) {
                throw InvalidInputException.of(
                        "status", "Posts that are only visible to mentioned users cannot be pinned");
            }
            List<Long> pinned = pins.of(accountId);
            if (pinned.contains(statusId)) {
                return;
            }
            if (pinned.size() >= MAX_PINS) {
                throw InvalidInputException.of("status", "You have already pinned the maximum number of posts");
            }
            pins.add(accountId, statusId, clock.instant());
            events.raise(tx, new PostPinned(statusId, accountId, true));
        });
    }

    /** Unpins a status the author may see (404 otherwise); nothing pinned changes nothing. */
    public void unpin(long accountId, long statusId) {
        tx.run(() -> {
            Post post = own(accountId, statusId);
            if (pins.of(accountId).contains(post.id())) {
                pins.remove(post.id());
                events.raise(tx, new PostPinned(post.id(), accountId, false));
            }
        });
    }

    private Post own(long accountId, long statusId) {
        if (statuses.visible(statusId, accountId) instanceof StatusSource.Local l
                && l.post().author().id() == accountId) {
            return l.post();
        }
        throw InvalidInputException.of("status", "Post that belongs to another person cannot be pinned");
    }
}
