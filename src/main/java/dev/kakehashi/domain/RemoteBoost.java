package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A remote account boosting a remote post: who boosted (with the name and handle the actor cache
 * knows, or null), when, and the post as stored. {@code id} is the boost's row id (its status id in
 * the Mastodon API, a reblog).
 */
public record RemoteBoost(
        long id,
        String announceUri,
        String boosterUri,
        String boosterName,
        String boosterHandle,
        Instant boostedAt,
        RemotePost post) {}
