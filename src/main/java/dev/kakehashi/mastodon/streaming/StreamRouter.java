package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.store.stream.StreamEvent;

/**
 * Who hears what: whether an event reaches one subscription of one subscriber. A followers-only or
 * direct post reaches only its author's own {@code user} stream; public streams carry public posts
 * only (unlisted ones stay off them, as on Mastodon). Posts from elsewhere reach the {@code user}
 * and {@code list} streams of the author whose home shows them (the event names that author), and,
 * when public, the federated streams ({@code public}, {@code public:remote} and their {@code :media}
 * forms) of signed-in subscribers only, as the public timeline shows them to signed-in apps alone;
 * the local and hashtag streams stay the blog's. Conversations reach that author's {@code direct}
 * stream, a change of filters their {@code user} stream.
 */
public final class StreamRouter {
    private StreamRouter() {}

    /**
     * @param accountId the subscriber's author account, null for an app-only token
     */
    public static boolean reaches(StreamEvent e, Subscription s, Long accountId) {
        boolean theirs = accountId != null && accountId == e.accountId();
        switch (e.type()) {
            case NOTIFICATION:
                return theirs && (s.kind() == StreamKind.USER || s.kind() == StreamKind.USER_NOTIFICATION);
            case REMOTE_UPDATE:
            case REMOTE_STATUS_UPDATE:
            case REMOTE_DELETE:
                return theirs && (s.kind() == StreamKind.USER || s.kind() == StreamKind.LIST);
            case CONVERSATION:
                return theirs && s.kind() == StreamKind.DIRECT;
            case FILTERS_CHANGED:
                return theirs && s.kind() == StreamKind.USER;
            case FEDERATED_UPDATE:
            case FEDERATED_STATUS_UPDATE:
            case FEDERATED_DELETE:
                return accountId != null && federated(e, s.kind());
            default:
                break;
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

    private static boolean federated(StreamEvent e, StreamKind kind) {
        return switch (kind) {
            case PUBLIC, PUBLIC_REMOTE -> true;
            case PUBLIC_MEDIA, PUBLIC_REMOTE_MEDIA -> e.media();
            default -> false;
        };
    }
}
