package dev.kakehashi.service;

import dev.kakehashi.domain.BlockedDomain;
import dev.kakehashi.store.BlockRepository;
import dev.kakehashi.store.Transactions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocked actors and domains, read at most every few seconds: every inbox POST, fan-out and
 * fetch asks, so the answer must be cheap. A change on this node shows at once ({@link #forget});
 * one on another node sharing the database within {@link #FRESH_NANOS}.
 */
public final class Blocklist {
    static final long FRESH_NANOS = 5_000_000_000L;

    private record Snapshot(Set<String> actors, List<String> domains, long readAtNanos) {}

    private final Transactions tx;
    private final BlockRepository blocks;
    private volatile Snapshot cached;

    public Blocklist(Transactions tx, BlockRepository blocks) {
        this.tx = tx;
        this.blocks = blocks;
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

    /** Drops the cached copy: the next question reads the table. */
    public void forget() {
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
        Snapshot s = cached;
        if (s != null && System.nanoTime() - s.readAtNanos() < FRESH_NANOS) {
            return s;
        }
        Set<String> actors = new HashSet<>();
        List<String> domains = new java.util.ArrayList<>();
        for (BlockRepository.Block b : tx.call(blocks::all)) {
            if (b.domain()) {
                domains.add(b.target());
            } else {
                actors.add(b.target());
            }
        }
        Snapshot fresh = new Snapshot(Set.copyOf(actors), List.copyOf(domains), System.nanoTime());
        cached = fresh;
        return fresh;
    }
}
