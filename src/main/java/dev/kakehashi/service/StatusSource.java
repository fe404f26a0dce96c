package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.RemoteBoost;
import dev.kakehashi.domain.RemotePost;

/**
 * What a status in a timeline is made from: a blog post, a post received from elsewhere, or a
 * remote account's boost of one (a reblog, whose id is the boost's).
 */
public sealed interface StatusSource {
    long id();

    record Local(Post post) implements StatusSource {
        public long id() {
            return post.id();
        }
    }

    record Remote(RemotePost post) implements StatusSource {
        public long id() {
            return post.id();
        }
    }

    record Boost(RemoteBoost boost) implements StatusSource {
        public long id() {
            return boost.id();
        }
    }
}
