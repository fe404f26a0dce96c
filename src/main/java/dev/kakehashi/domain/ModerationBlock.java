package dev.kakehashi.domain;

import java.time.Instant;

/**
 * One admin block (the moderation_block table): {@code target} is an actor id ({@link #ACTOR}) or a
 * domain ({@link #DOMAIN}), with the reason the admin gave.
 */
public record ModerationBlock(long id, String kind, String target, String reason, Instant createdAt) {
    public static final String ACTOR = "ACTOR";
    public static final String DOMAIN = "DOMAIN";

    public boolean domain() {
        return DOMAIN.equals(kind);
    }
}
