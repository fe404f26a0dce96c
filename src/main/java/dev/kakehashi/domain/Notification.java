package dev.kakehashi.domain;

import java.time.Instant;

/**
 * One notification as the admin page shows it, with who (from the remote actor cache, null
 * fields when not cached), the post (title, kind, the start of its HTML), the comment's link and
 * the reaction's emoji and remote post link; for a mention, the id of the post from elsewhere that
 * mentions the author ({@code noteUri}, null otherwise).
 */
public record Notification(
        long id,
        NotificationKind kind,
        String actorUri,
        String actorName,
        String actorUsername,
        String actorHost,
        String actorIconUrl,
        String actorProfileUrl,
        Long postId,
        String postTitle,
        String postKind,
        String postSlug,
        String postStart,
        Long commentId,
        String commentUrl,
        String emoji,
        String objectUrl,
        Instant createdAt,
        Instant readAt,
        String noteUri) {}
