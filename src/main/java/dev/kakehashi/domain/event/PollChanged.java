package dev.kakehashi.domain.event;

/** The counts or the state of the poll on a published post changed (votes counted, or it closed). */
public record PollChanged(long postId, long authorId) implements DomainEvent {}
