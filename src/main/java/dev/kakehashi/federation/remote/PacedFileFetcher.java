package dev.kakehashi.federation.remote;

import dev.kakehashi.service.wordpress.OldSiteFiles;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The old WordPress site's files through the guarded {@link RemoteFetcher} (its limits: the largest
 * upload, timeouts), unsigned, and at most one request per {@code interval} to any one host, so an
 * import of thousands of images does not hammer the old site.
 */
public final class PacedFileFetcher implements OldSiteFiles {
    private final RemoteFetcher fetcher;
    private final long intervalNanos;
    private final ConcurrentMap<String, Long> nextSlot = new ConcurrentHashMap<>();

    public PacedFileFetcher(RemoteFetcher fetcher, Duration interval) {
        this.fetcher = fetcher;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public byte[] get(URI uri) {
        waitForSlot(uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT));
        try {
            return fetcher.get(uri, "image/*, */*;q=0.1", false).body();
        } catch (RemoteFetchException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    /** Takes the host's next free slot and waits for it: a pace, not a guess at timing. */
    private void waitForSlot(String host) {
        long now = System.nanoTime();
        long slot = nextSlot.merge(host, now, (next, n) -> Math.max(next + intervalNanos, n));
        long wait = slot - now;
        if (wait > 0) {
            try {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable(host + ": interrupted");
            }
        }
    }
}
