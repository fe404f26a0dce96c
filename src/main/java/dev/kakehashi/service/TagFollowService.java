package dev.kakehashi.service;

import dev.kakehashi.domain.FollowedTag;
import dev.kakehashi.service.content.Tags;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.TagRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hashtags an author follows from an app (their posts join the home timeline), and a tag's use on
 * the blog over the last week, day by day, as Mastodon's {@code Tag.history} shows it.
 */
public final class TagFollowService {
    /** Days of history, today first. */
    public static final int HISTORY_DAYS = 7;

    private final Transactions tx;
    private final TagRepository tags;
    private final Clock clock;

    public TagFollowService(Transactions tx, TagRepository tags, Clock clock) {
        this.tx = tx;
        this.tags = tags;
        this.clock = clock;
    }

    /** One day of a tag's history: the day's start, the posts and the distinct authors that used it. */
    public record Day(Instant day, long uses, long accounts) {}

    /** A tag as the author sees it. */
    public record Tag(String name, boolean following, List<Day> history) {}

    /** @throws ServiceException 404 for a name that cannot be a hashtag */
    public Tag tag(long accountId, String name) {
        String n = name(name);
        return tx.call(() -> new Tag(n, tags.follows(accountId, n), history(n, tags.localUses(List.of(n), since()))));
    }

    public Tag follow(long accountId, String name) {
        String n = name(name);
        tx.run(() -> tags.follow(accountId, n, clock.instant()));
        return tag(accountId, n);
    }

    public Tag unfollow(long accountId, String name) {
        String n = name(name);
        tx.run(() -> tags.unfollow(accountId, n));
        return tag(accountId, n);
    }

    /** The followed tags in a range of follow ids, with those ids in the order read. */
    public List<FollowedTag> followed(long accountId, IdRange range) {
        return tx.call(() -> tags.followed(accountId, range));
    }

    /** The tags of a page of follows with their histories, read in one query. */
    public List<Tag> followedTags(long accountId, List<FollowedTag> page) {
        return tx.call(() -> {
            var uses = tags.localUses(page.stream().map(FollowedTag::name).toList(), since());
            return page.stream()
                    .map(f -> new Tag(f.name(), true, history(f.name(), uses)))
                    .toList();
        });
    }

    /** The start of the oldest day of history. */
    private Instant since() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return today.minusDays(HISTORY_DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A tag's days, today first, from the uses of several tags. */
    private List<Day> history(String name, List<TagRepository.Use> all) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<TagRepository.Use> uses =
                all.stream().filter(u -> u.tag().equals(name)).toList();
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < HISTORY_DAYS; i++) {
            LocalDate d = today.minusDays(i);
            long n = 0;
            Set<Long> authors = new HashSet<>();
            for (var u : uses) {
                if (LocalDate.ofInstant(u.at(), ZoneOffset.UTC).equals(d)) {
                    n++;
                    authors.add(u.authorId());
                }
            }
            days.add(new Day(d.atStartOfDay(ZoneOffset.UTC).toInstant(), n, authors.size()));
        }
        return days;
    }

    /** The stored form of a tag: without '#', lower case. */
    static String name(String raw) {
        String n = raw == null ? "" : raw.strip();
        while (n.startsWith("#")) {
            n = n.substring(1);
        }
        if (!Tags.VALID.matcher(n).matches()) {
            throw ServiceException.notFound("Tag");
        }
        return n.toLowerCase(Locale.ROOT);
    }
}
