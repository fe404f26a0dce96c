package dev.kakehashi.service;

import dev.kakehashi.domain.Post;

/**
 * The ActivityPub object a post is sent to followers' servers as, written by the federation layer:
 * the compose page builds its Mastodon and Misskey previews from exactly this.
 */
@FunctionalInterface
public interface PostObjectPreview {
    /** The object (a Note or an Article, with {@code @context}) as JSON. */
    String objectJson(Post post);
}
