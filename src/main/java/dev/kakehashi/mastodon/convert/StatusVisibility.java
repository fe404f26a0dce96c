package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Post;

/** The one place a post's visibility becomes the API's word. */
final class StatusVisibility {
    private StatusVisibility() {}

    static String of(Post p) {
        return p.visibility().wireName();
    }
}
