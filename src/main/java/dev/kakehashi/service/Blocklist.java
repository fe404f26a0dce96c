package dev.kakehashi.service;

import dev.kakehashi.domain.BlockedDomain;
import dev.kakehashi.domain.ModerationBlock;
import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.Transactions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The blocked actors and domains, read at most every few seconds: every inbox POST, fan-out and
 * fetch asks, so the answer must be cheap. A change on any node shows on every node at once: {@link
 * #forget} drops this node's copy and tells the others through {@link ClusterCaches}. Should a
 * notice be lost, a copy is still read again after {@link #FRESH_NANOS}.
 */
public final class Blocklist {
    static final long FRESH_NANOS = 5_000_000_000L;
    /** The name under which nodes tell each other that the blocks changed. */
    static final String CACHE = "blocklist";

    private record Snapshot(Set<String> actors, List<String> domains, long readAtNanos, long generation) {}

    private final Transactions tx;
    private final BlockRepository blocks;
    private final ClusterCaches caches;
    /** Raised by every change, so a read that raced with a change is never kept. */
    private final AtomicLong generation = new AtomicLong();

    private volatile Snapshot cached;

    public Blocklist(Transactions tx, BlockRepository blocks, ClusterCaches caches) {
        this.tx = tx;
        this.blocks = blocks;
        this.caches = caches;
        caches.register(CACHE, this::drop);
    }

    /** Whether the actor is blocked, by itself or through its domain. */
    public boolean blocksActor(String actorUri) {
        if (actorUri == null) {
            return false;
        }
        Snapshot s = snapshot();
        return s.actors().contains(actorUri) || covered(s, BlockedDomain.authorityOf(actorUri));
    }

    /** Whether the actor itself is blocked (not only through its domain). */
    public boolean blocksActorItself(String actorUri) {
        return actorUri != null && snapshot().actors().contains(actorUri);
    }

    /** Whether a host (an authority, with its port if any) is covered by a domain block. */
    public boolean blocksHost(String authority) {
        return covered(snapshot(), authority);
    }

    /** Whether the URL's host is covered by a domain block. */
    public boolean blocksUrl(String url) {
        return url != null && covered(snapshot(), BlockedDomain.authorityOf(url));
    }

    /** After a committed change: every node drops its copy, so the next question reads the table. */
    public void forget() {
        drop();
        caches.changed(CACHE);
    }

    private void drop() {
        generation.incrementAndGet();
        cached = null;
    }

    private static boolean covered(Snapshot s, String authority) {
        if (authority == null) {
            return false;
        }
        for (String domain : s.domains()) {
            if (BlockedDomain.covers(domain, authority)) {
                return true;
            }
        }
        return false;
    }

    private Snapshot snapshot() {
        long g = generation.get();
        Snapshot s = cached;
        if (s != null && s.generation() == g && System.nanoTime() - s.readAtNanos() < FRESH_NANOS) {
            return s;
        }
        Set<String> actors = new HashSet<>();
        List<String> domains = new java.util.ArrayList<>();
        for (ModerationBlock b : tx.call(blocks::all)) {
            if (b.domain()) {
                domains.add(b.target());
            } else {
                actors.add(b.target());
            }
        }
        Snapshot fresh = new Snapshot(Set.copyOf(actors), List.copyOf(domains), System.nanoTime(), g);
        if (generation.get() == g) {
            cached = fresh;
        }
        return fresh;
    }
}
