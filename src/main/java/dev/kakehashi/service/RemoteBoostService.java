package dev.kakehashi.service;

import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.event.RemoteStatusChanged;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boosts by the remote accounts our authors follow: kept (with the boosted post) for the reader and
 * the home timeline. Boosts by anyone else are not ours to keep (INTEROP A7.6). The boosted post
 * arrives here already believed: the federation layer checked or fetched it. Each boost kept or
 * taken back raises a {@link RemoteStatusChanged} (streaming tells those whose home shows it).
 */
public final class RemoteBoostService {
    private static final Logger log = LoggerFactory.getLogger(RemoteBoostService.class);

    private final Transactions tx;
    private final FollowingRepository following;
    private final RemotePostRepository posts;
    private final RemoteBoostRepository boosts;
    private final RemoteMediaRepository media;
    private final EventBus events;
    private final Clock clock;

    public RemoteBoostService(
            Transactions tx,
            FollowingRepository following,
            RemotePostRepository posts,
            RemoteBoostRepository boosts,
            EventBus events,
            Clock clock) {
        this.tx = tx;
        this.following = following;
        this.posts = posts;
        this.boosts = boosts;
        this.media = new RemoteMediaRepository(tx);
        this.events = events;
        this.clock = clock;
    }

    /** Whether someone here follows {@code boosterUri}: only then is a boost of theirs kept. */
    public boolean kept(String boosterUri) {
        return tx.call(() -> !following.followersOf(boosterUri).isEmpty());
    }

    /** Whether the Announce {@code announceUri} is stored already (a redelivery needs no fetch). */
    public boolean known(String announceUri) {
        return tx.call(() -> boosts.exists(announceUri));
    }

    /**
     * Stores the boost and, when new, the boosted post with its attachments. A post its author deleted is not revived;
     * the same Announce twice is stored once.
     *
     * @param at when it was boosted (the Announce's {@code published}); null or future means now
     * @return whether it was stored
     */
    public boolean boosted(
            String announceUri, String boosterUri, RemotePostContent post, List<RemoteMedia> attached, Instant at) {
        Instant now = clock.instant();
        Instant when = at == null || at.isAfter(now) ? now : at;
        boolean stored = tx.call(() -> {
            if (following.followersOf(boosterUri).isEmpty() || boosts.exists(announceUri)) {
                return false;
            }
            var known = posts.byUri(post.uri());
            if (known.isPresent() && known.get().deletedAt() != null) {
                return false;
            }
            if (known.isEmpty()) {
                posts.add(post, now);
                media.replace(posts.byUri(post.uri()).orElseThrow().id(), attached);
            }
            if (!boosts.add(announceUri, boosterUri, post.uri(), when, now)) {
                return false;
            }
            changed(RemoteStatusChanged.Change.ARRIVED, boosts.ids(boosterUri, announceUri, null));
            return true;
        });
        if (stored) {
            log.info("{} boosted {}", boosterUri, post.uri());
        }
        return stored;
    }

    /** Takes back the boost {@code announceUri} of {@code boosterUri}; false when there was none. */
    public boolean undone(String announceUri, String boosterUri) {
        boolean removed = tx.call(() -> {
            changed(RemoteStatusChanged.Change.REMOVED, boosts.ids(boosterUri, announceUri, null));
            return boosts.remove(announceUri, boosterUri);
        });
        if (removed) {
            log.info("{} took back the boost {}", boosterUri, announceUri);
        }
        return removed;
    }

    /** Takes back every boost of {@code postUri} by {@code boosterUri} (an Undo without the id). */
    public boolean undoneOf(String boosterUri, String postUri) {
        return tx.call(() -> {
                    changed(RemoteStatusChanged.Change.REMOVED, boosts.ids(boosterUri, null, postUri));
                    return boosts.removeOf(boosterUri, postUri);
                })
                > 0;
    }

    /** Raised before a boost goes, while those whose home shows it can still be found. */
    private void changed(RemoteStatusChanged.Change change, java.util.List<Long> ids) {
        ids.forEach(id -> events.raise(tx, new RemoteStatusChanged(change, id)));
    }
}
