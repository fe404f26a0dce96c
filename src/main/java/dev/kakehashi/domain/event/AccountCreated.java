package dev.kakehashi.domain.event;

/** A local author account was created. */
public record AccountCreated(long accountId, String username) implements DomainEvent {}
