package dev.kakehashi.service;

import dev.kakehashi.store.FeedReaderRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feed subscribers counted by the readers that fetch feeds for many people and say so in their
 * User-Agent ({@code Feedly/1.0 (+http://www.feedly.com/fetcher.html; 16 subscribers; ...)}).
 */
public final class FeedSubscribers {
    private static final Logger log = LoggerFactory.getLogger(FeedSubscribers.class);
    private static final Pattern COUNT =
            Pattern.compile("(?<![\\w.])(\\d{1,9})\\s+(?:subscribers?|readers?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9._-]{0,99})");
    /** Readers kept (a new one is ignored past this many: anyone can claim a count) and shown. */
    static final int SHOWN = 200;

    /** What a reader's User-Agent says: its name and how many of its users subscribe. */
    record Reading(String reader, int subscribers) {}

    /** One reader's latest count for one feed. */
    public record Reader(String reader, String feedPath, int subscribers, Instant seenAt) {}

    private final Transactions tx;
    private final FeedReaderRepository readers;
    private final Clock clock;

    public FeedSubscribers(Transactions tx, FeedReaderRepository readers, Clock clock) {
        this.tx = tx;
        this.readers = readers;
        this.clock = clock;
    }

    /** The reader's name and count, when {@code userAgent} carries both. */
    static Optional<Reading> parse(String userAgent) {
        if (userAgent == null || userAgent.length() > 500) {
            return Optional.empty();
        }
        Matcher count = COUNT.matcher(userAgent);
        Matcher name = NAME.matcher(userAgent);
        if (!count.find() || !name.find()) {
            return Optional.empty();
        }
        long n = Long.parseLong(count.group(1));
        return Optional.of(new Reading(name.group(1), (int) Math.min(Integer.MAX_VALUE, n)));
    }

    /**
     * Notes the count a reader reports while fetching {@code feedPath}. A failure to store it is
     * logged: the feed is served all the same.
     */
    public void seen(String userAgent, String feedPath) {
        parse(userAgent).ifPresent(r -> {
            try {
                tx.run(() -> readers.record(r.reader(), feedPath, r.subscribers(), userAgent, clock.instant(), SHOWN));
            } catch (RuntimeException e) {
                log.warn("Could not store the subscriber count of {} for {}: {}", r.reader(), feedPath, e.toString());
            }
        });
    }

    /** Every reader's latest count for every feed, the largest first. */
    public List<Reader> all() {
        return tx.call(() -> readers.all(SHOWN).stream()
                .map(r -> new Reader(r.reader(), r.feedPath(), r.subscribers(), r.seenAt()))
                .toList());
    }
}
