package dev.kakehashi.service;

import dev.kakehashi.domain.CommentStatus;

/**
 * Decides where a new comment from the fediverse goes: published at once, held for moderation, or
 * marked as spam. Called inside the transaction that stores the comment, before it is written.
 */
public interface CommentGate {
    /** Publishes everything: the behaviour before moderation settings exist. */
    CommentGate OPEN = comment -> CommentStatus.PUBLISHED;

    CommentStatus admit(IncomingComment comment);

    /**
     * A comment about to be stored.
     *
     * @param contentHtml already sanitized
     * @param actorName the remote author's display name, or their handle when they have none
     */
    record IncomingComment(long postId, String actorUri, String actorHost, String actorName, String contentHtml) {}
}
