package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.store.stream.StreamEvent;

/**
 * Who hears what: whether an event reaches one subscription of one subscriber. A followers-only or
 * direct post reaches only its author's own {@code user} stream; public streams carry public posts
 * only (unlisted ones stay off them, as on Mastodon); every post here is local, so the
 * {@code public:remote} streams never carry one.
 */
public final class StreamRouter {
    private StreamRouter() {}

    /**
     * @param accountId the subscriber's author account, null for an app-only token
     */
    public static boolean reaches(StreamEvent e, Subscription s, Long accountId) {
        if (e.type() == StreamEvent.Type.NOTIFICATION) {
            return (s.kind() == StreamKind.USER || s.kind() == StreamKind.USER_NOTIFICATION)
                    && accountId != null
                    && accountId == e.accountId();
        }
        boolean isPublic = "public".equals(e.visibility());
        return switch (s.kind()) {
            case USER -> accountId != null && accountId == e.accountId();
            case PUBLIC, PUBLIC_LOCAL -> isPublic;
            case PUBLIC_MEDIA, PUBLIC_LOCAL_MEDIA -> isPublic && e.media();
            case HASHTAG, HASHTAG_LOCAL -> isPublic && e.tags().contains(s.param());
            case USER_NOTIFICATION, PUBLIC_REMOTE, PUBLIC_REMOTE_MEDIA, LIST, DIRECT -> false;
        };
    }
}
