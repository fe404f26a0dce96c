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
 * import of thousands of images does not hammer the old site. A host that did not answer
 * {@value #GIVE_UP_AFTER} times in a row (offline, timing out) is not asked again for {@link
 * #QUIET}, so an import whose old site is gone does not wait out a timeout for every image.
 */
public final class PacedFileFetcher implements OldSiteFiles {
    private final RemoteFetcher fetcher;
    private final long intervalNanos;
    static final int GIVE_UP_AFTER = 5;
    static final Duration QUIET = Duration.ofMinutes(10);

    private final ConcurrentMap<String, Long> nextSlot = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Silence> silent = new ConcurrentHashMap<>();

    /** How many requests in a row a host left unanswered, and when the last one was. */
    private record Silence(int times, long lastNanos) {}

    public PacedFileFetcher(RemoteFetcher fetcher, Duration interval) {
        this.fetcher = fetcher;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public byte[] get(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        Silence s = silent.get(host);
        if (s != null && s.times() >= GIVE_UP_AFTER && System.nanoTime() - s.lastNanos() < QUIET.toNanos()) {
            throw new Unavailable(uri + ": not asked, " + host + " did not answer the last " + s.times() + " times");
        }
        waitForSlot(host);
        try {
            byte[] body = fetcher.get(uri, "image/*, */*;q=0.1", false).body();
            silent.remove(host);
            return body;
        } catch (RemoteFetchException e) {
            if (e.reason() == RemoteFetchException.Reason.UNREACHABLE) {
                silent.merge(
                        host, new Silence(1, System.nanoTime()), (a, b) -> new Silence(a.times() + 1, b.lastNanos()));
            } else {
                silent.remove(host); // it answered
            }
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
