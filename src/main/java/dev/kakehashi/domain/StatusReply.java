package dev.kakehashi.domain;

/**
 * What a {@link Status} answers: the local id of the status (a post, a comment, a remote post kept
 * here), null when it is not kept here, and its ActivityPub id when known.
 */
public record StatusReply(Long id, String uri) {}
