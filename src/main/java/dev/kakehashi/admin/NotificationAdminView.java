package dev.kakehashi.admin;

import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.time.Instant;

/**
 * One notification on the admin page: who (name, handle, avatar, profile), what they did, which
 * post, and a link to what they wrote (the reply, the quoting or mentioning post).
 *
 * @param postLabel the post's title or the start of its text; null when no post is concerned
 * @param linkUrl the comment or the remote post, or null
 */
public record NotificationAdminView(
        long id,
        String kind,
        String actorName,
        String actorHandle,
        String actorAvatarUrl,
        String actorProfileUrl,
        String action,
        String emoji,
        String postLabel,
        String postUrl,
        String linkUrl,
        Instant createdAt,
        boolean unread) {

    static NotificationAdminView of(Notification n, Links links) {
        String handle = n.actorUsername() != null && n.actorHost() != null
                ? "@" + n.actorUsername() + "@" + n.actorHost()
                : n.actorUri();
        String name = n.actorName() != null && !n.actorName().isBlank()
                ? n.actorName()
                : (n.actorUsername() != null ? n.actorUsername() : handle);
        String postUrl = null;
        String postLabel = null;
        if (n.postId() != null) {
            postUrl = "ARTICLE".equals(n.postKind()) && n.postSlug() != null
                    ? links.article(n.postSlug())
                    : links.post(n.postId());
            postLabel = n.postTitle() != null && !n.postTitle().isBlank()
                    ? n.postTitle()
                    : HtmlSanitizer.summary(n.postStart() == null ? "" : n.postStart(), 80);
            if (postLabel.isBlank()) {
                postLabel = "a short post";
            }
        }
        return new NotificationAdminView(
                n.id(),
                n.kind().name(),
                name,
                handle,
                http(n.actorIconUrl()),
                http(n.actorProfileUrl()) != null ? n.actorProfileUrl() : n.actorUri(),
                action(n),
                n.emoji(),
                postLabel,
                postUrl,
                http(n.commentUrl() != null ? n.commentUrl() : n.objectUrl() != null ? n.objectUrl() : n.noteUri()),
                n.createdAt(),
                n.readAt() == null);
    }

    /** The sentence's verb; the page adds the post after it (a like or boost of an answer names none). */
    private static String action(Notification n) {
        boolean ofAnswer = n.postId() == null && n.commentId() != null;
        if (ofAnswer && (n.kind() == NotificationKind.LIKE || n.kind() == NotificationKind.BOOST)) {
            String done = n.kind() == NotificationKind.BOOST
                    ? "boosted"
                    : n.emoji() != null ? "reacted with " + n.emoji() + " to" : "liked";
            return done + " your answer to a comment";
        }
        return switch (n.kind()) {
            case FOLLOW -> "followed you";
            case FOLLOW_REQUEST -> "asked to follow you";
            case REPLY -> "replied to";
            case MENTION -> "mentioned you";
            case LIKE -> n.emoji() != null ? "reacted with " + n.emoji() + " to" : "liked";
            case BOOST -> "boosted";
            case QUOTE -> "quoted";
            case UPDATE -> "edited a post you interacted with";
            case STATUS -> "posted";
            case POLL -> "closed the poll of";
        };
    }

    private static String http(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
