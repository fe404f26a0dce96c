package dev.kakehashi.domain;

import java.time.Instant;

/**
 * A remote account, or one of the blog's authors, boosting a remote post: who boosted (with the
 * name and handle the actor cache knows, or null), when, and the post as stored. {@code id} is the
 * boost's row id (its status id in the Mastodon API, a reblog). {@code localBooster} is the author
 * for an author's own boost, null for a remote account's.
 */
public record RemoteBoost(
        long id,
        String announceUri,
        String boosterUri,
        String boosterName,
        String boosterHandle,
        Instant boostedAt,
        RemotePost post,
        Account localBooster) {}
