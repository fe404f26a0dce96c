package dev.kakehashi.domain.event;

/** An author pinned ({@code pinned} true) or unpinned a published post of theirs. */
public record PostPinned(long postId, long authorId, boolean pinned) implements DomainEvent {}
