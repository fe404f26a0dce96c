package dev.kakehashi.service;

import dev.kakehashi.store.RemotePinRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The posts remote accounts feature (pin), as their {@code featured} collection lists them and their
 * {@code Add} and {@code Remove} change them: the collection is fetched again whenever the account
 * is, and an Add or Remove counts only when it targets the account's own collection. Like Mastodon,
 * at most {@link #MAX_PINS} are kept.
 */
public final class RemotePinService {
    /** Mastodon reads no more than this many items of a featured collection. */
    public static final int MAX_PINS = 20;

    private final Transactions tx;
    private final RemotePinRepository pins;
    private final Clock clock;

    public RemotePinService(Transactions tx, RemotePinRepository pins, Clock clock) {
        this.tx = tx;
        this.pins = pins;
        this.clock = clock;
    }

    /**
     * The actor {@code actorUri} was fetched, publishing {@code collectionUri} as its featured
     * collection (null when none): the collection is due for a fetch now.
     */
    public void collectionSeen(String actorUri, String collectionUri) {
        if (collectionUri == null || collectionUri.length() > 2048) {
            return;
        }
        tx.run(() -> pins.setCollection(actorUri, collectionUri, clock.instant()));
    }

    /** Actors whose featured collection is due for a fetch, at most {@code limit}. */
    public List<String> due(int limit) {
        return tx.call(() -> pins.due(clock.instant(), limit));
    }

    /** The actor's featured collection, or null when not known. */
    public String collectionOf(String actorUri) {
        return tx.call(() -> pins.collectionOf(actorUri).orElse(null));
    }

    /** Whether {@code target} is the featured collection of {@code actorUri}. */
    public boolean isCollectionOf(String actorUri, String target) {
        return target != null && Objects.equals(collectionOf(actorUri), target);
    }

    /**
     * The collection as fetched just now: its posts (stored already), first shown first, replace the
     * actor's pins; an empty list unpins all. Marks the collection fetched.
     */
    public void featured(String actorUri, List<String> postUris) {
        List<String> kept = postUris.stream().distinct().limit(MAX_PINS).toList();
        tx.run(() -> {
            pins.replace(actorUri, kept);
            pins.fetched(actorUri, clock.instant());
        });
    }

    /** The collection could not be fetched: it waits for the account's next refresh. */
    public void fetchFailed(String actorUri) {
        tx.run(() -> pins.fetched(actorUri, clock.instant()));
    }

    /** The actor pins {@code postUri} (stored already); it shows first. False when already pinned or full. */
    public boolean pinned(String actorUri, String postUri) {
        return tx.call(() -> pins.count(actorUri) < MAX_PINS && pins.addFirst(actorUri, postUri));
    }

    /** The actor unpins {@code postUri}; false when it was not pinned. */
    public boolean unpinned(String actorUri, String postUri) {
        return tx.call(() -> pins.remove(actorUri, postUri));
    }
}
