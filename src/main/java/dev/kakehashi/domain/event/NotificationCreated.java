package dev.kakehashi.domain.event;

/** An author was notified (a follow, a reply, a like...). Heard after the storing transaction committed. */
public record NotificationCreated(long notificationId, long accountId) implements DomainEvent {}
