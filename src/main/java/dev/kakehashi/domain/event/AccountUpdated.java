package dev.kakehashi.domain.event;

/** An author's public profile changed (name, bio, images, fields, flags). */
public record AccountUpdated(long accountId) implements DomainEvent {}
