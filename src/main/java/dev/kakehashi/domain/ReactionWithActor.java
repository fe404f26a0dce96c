package dev.kakehashi.domain;

/**
 * One row of a post's reactions with who made it ({@code name}, {@code iconUrl}, {@code
 * profileUrl} null when the actor is not cached), and how many rows share its kind and emoji.
 */
public record ReactionWithActor(
        ReactionKind kind,
        String emoji,
        String actorUri,
        String name,
        String username,
        String host,
        String iconUrl,
        String profileUrl,
        String objectUrl,
        long total) {}
