package dev.kakehashi.domain.event;

/** A post became public, from a draft, a schedule or directly. */
public record PostPublished(long postId, long authorId) implements DomainEvent {}
