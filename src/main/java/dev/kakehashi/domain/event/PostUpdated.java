package dev.kakehashi.domain.event;

/** A published post was edited. */
public record PostUpdated(long postId, long authorId) implements DomainEvent {}
