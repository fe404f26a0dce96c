package dev.kakehashi.domain.event;

/** An author created, changed or removed a content filter, a keyword or a filtered status. */
public record FiltersChanged(long accountId) implements DomainEvent {}
