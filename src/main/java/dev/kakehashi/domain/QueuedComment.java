package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A comment as the moderation queue lists it, with its post and what we know of its author.
 *
 * @param accountId the local author of an author's answer, null for a comment from elsewhere
 */
public record QueuedComment(
        long id,
        long postId,
        String postTitle,
        String postKind,
        String postSlug,
        String postBodyHtml,
        long postAuthorId,
        String uri,
        String url,
        String actorUri,
        Long accountId,
        String actorName,
        String actorUsername,
        String actorHost,
        String actorIconUrl,
        String actorProfileUrl,
        String contentHtml,
        String summary,
        CommentStatus status,
        Instant published,
        Instant receivedAt) {}
