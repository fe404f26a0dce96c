package dev.kakehashi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which group a notification belongs to (Mastodon's grouped notifications): likes of one post in
 * the same twelve hours are one group, so are boosts of one post, so are follows; anything else,
 * or a kind the client does not want grouped, is a group of its own. The key's text ({@code
 * favourite-<post>-<slice>}, {@code reblog-<post>-<slice>}, {@code follow-<slice>}, {@code
 * ungrouped-<id>}) is derived from the row, so nothing extra is stored.
 *
 * @param kind what is grouped, null for a notification on its own
 * @param postId the post liked or boosted, null for follows and ungrouped ones
 * @param slice the twelve-hour slice of time since the epoch, for grouped ones
 * @param notificationId the one notification of an ungrouped key, else null
 */
public record NotificationGroupKey(NotificationKind kind, Long postId, long slice, Long notificationId) {
    public static final Duration SPAN = Duration.ofHours(12);

    /** The kinds grouped unless a client asks otherwise. */
    public static final Set<NotificationKind> GROUPABLE =
            Set.of(NotificationKind.LIKE, NotificationKind.BOOST, NotificationKind.FOLLOW);

    /** The group of {@code n} when {@code grouped} are the kinds to group. */
    public static NotificationGroupKey of(Notification n, Set<NotificationKind> grouped) {
        boolean groups = GROUPABLE.contains(n.kind())
                && grouped.contains(n.kind())
                && (n.kind() == NotificationKind.FOLLOW || n.postId() != null);
        if (!groups) {
            return new NotificationGroupKey(null, null, 0, n.id());
        }
        long slice = n.createdAt().getEpochSecond() / SPAN.toSeconds();
        return new NotificationGroupKey(n.kind(), n.kind() == NotificationKind.FOLLOW ? null : n.postId(), slice, null);
    }

    /** The key a client sent back; empty when it is not one of ours. */
    public static Optional<NotificationGroupKey> parse(String text) {
        String[] parts = text.strip().split("-");
        try {
            return switch (parts[0]) {
                case "ungrouped" -> parts.length == 2
                        ? Optional.of(new NotificationGroupKey(null, null, 0, Long.valueOf(parts[1])))
                        : Optional.empty();
                case "follow" -> parts.length == 2
                        ? Optional.of(
                                new NotificationGroupKey(NotificationKind.FOLLOW, null, Long.parseLong(parts[1]), null))
                        : Optional.empty();
                case "favourite", "reblog" -> parts.length == 3
                        ? Optional.of(new NotificationGroupKey(
                                "favourite".equals(parts[0]) ? NotificationKind.LIKE : NotificationKind.BOOST,
                                Long.valueOf(parts[1]),
                                Long.parseLong(parts[2]),
                                null))
                        : Optional.empty();
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether this is a group of one notification. */
    public boolean ungrouped() {
        return notificationId != null;
    }

    /** Start of the group's time slice. */
    public Instant from() {
        return Instant.ofEpochSecond(slice * SPAN.toSeconds());
    }

    /** End (exclusive) of the group's time slice. */
    public Instant to() {
        return from().plus(SPAN);
    }

    public String text() {
        if (ungrouped()) {
            return "ungrouped-" + notificationId;
        }
        return switch (kind) {
            case LIKE -> "favourite-" + postId + "-" + slice;
            case BOOST -> "reblog-" + postId + "-" + slice;
            default -> kind.name().toLowerCase(Locale.ROOT) + "-" + slice;
        };
    }
}
