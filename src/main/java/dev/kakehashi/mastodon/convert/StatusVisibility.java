package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Post;

/**
 * The one place a post's visibility becomes the API's word. Every blog post is public until posts
 * carry a visibility of their own.
 */
final class StatusVisibility {
    private StatusVisibility() {}

    static String of(Post p) {
        return "public";
    }
}
