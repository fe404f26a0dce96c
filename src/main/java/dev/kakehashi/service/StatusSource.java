package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.RemotePost;

/** What a status in a timeline is made from: a blog post, or a post received from elsewhere. */
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
}
