package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.NotificationGroupKey;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.NotificationEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.json.MastodonTime;

/**
 * An author's notification in Mastodon's words (INTEROP B8.1): a reply or mention is a {@code
 * mention}, a like a {@code favourite} (an emoji reaction too, keeping its emoji), a boost a {@code
 * reblog}, an edit of a post the author favourited or boosted an {@code update}, a new post
 * by an account the author follows with {@code notify} a {@code status}.
 */
public final class NotificationToEntity {
    /** The Mastodon type of a kind of notification. */
    public static String type(NotificationKind kind) {
        return switch (kind) {
            case FOLLOW -> "follow";
            case FOLLOW_REQUEST -> "follow_request";
            case REPLY, MENTION -> "mention";
            case LIKE -> "favourite";
            case BOOST -> "reblog";
            case QUOTE -> "quote";
            case UPDATE -> "update";
            case STATUS -> "status";
            case POLL -> "poll";
        };
    }

    /**
     * @param account who did it, as an {@code Account} entity
     * @param status the status it is about (the reply for a mention, the post for a like), or null
     */
    public NotificationEntity convert(Notification n, AccountEntity account, StatusEntity status) {
        String emoji = n.kind() == NotificationKind.LIKE ? blankToNull(n.emoji()) : null;
        return new NotificationEntity(
                Long.toString(n.id()),
                type(n.kind()),
                MastodonTime.datetime(n.createdAt()),
                NotificationGroupKey.of(n, NotificationGroupKey.GROUPABLE).text(),
                account,
                status,
                emoji);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
