package dev.kakehashi.domain.event;

/** The blog actor's document changed in a way its followers should be sent (its movedTo). */
public record BlogActorUpdated() implements DomainEvent {}
