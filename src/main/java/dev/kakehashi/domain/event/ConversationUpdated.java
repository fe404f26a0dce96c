package dev.kakehashi.domain.event;

/** A status joined one of an author's conversations. */
public record ConversationUpdated(long accountId, long conversationId) implements DomainEvent {}
