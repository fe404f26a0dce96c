package dev.kakehashi.domain.event;

/**
 * An author edited their answer to a comment (its text, content warning or sensitivity); its
 * addressing is unchanged. Raised in the transaction that stored the edit.
 */
public record AnswerEdited(long commentId, long postId) implements DomainEvent {}
