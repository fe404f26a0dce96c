package dev.kakehashi.plugin;

/**
 * A comment as a {@link CommentFilter} sees it.
 *
 * @param postId the id of the local post it answers
 * @param actorUri the ActivityPub id of its remote author
 * @param actorHost the host of that author's server
 * @param actorName the author's display name, or their handle when they have none
 * @param contentHtml the comment's HTML, already passed through the allowlist
 * @since 0.2
 */
public record CommentCandidate(long postId, String actorUri, String actorHost, String actorName, String contentHtml) {}
