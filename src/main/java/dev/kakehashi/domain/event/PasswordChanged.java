package dev.kakehashi.domain.event;

/** An account's password was changed. */
public record PasswordChanged(long accountId) implements DomainEvent {}
