package dev.kakehashi.domain;

/** A stored reaction, as Undo and Delete need it. */
public record Reaction(long id, ReactionKind kind, Long postId, String localActor, String actorUri) {}
