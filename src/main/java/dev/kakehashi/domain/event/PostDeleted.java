package dev.kakehashi.domain.event;

/** A post became a tombstone. {@code wasPublished} tells whether anyone outside could have seen it. */
public record PostDeleted(long postId, long authorId, boolean wasPublished) implements DomainEvent {}
