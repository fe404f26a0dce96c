package dev.kakehashi.federation.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The URL forms of our posts that peers use. */
class LocalPostsTest {
    static final String BASE = "https://blog.example";

    @Test
    void postIdsAreReadWithOrWithoutTrailingSlashFragmentOrQuery() {
        for (String url : new String[] {
            BASE + "/posts/1000", BASE + "/posts/1000/", BASE + "/posts/1000#comments", BASE + "/posts/1000?x=1"
        }) {
            assertThat(LocalPosts.parse(url, BASE)).as(url).isEqualTo(new LocalPosts.Address(1000L, null));
        }
    }

    @Test
    void articlePagesAreReadBySlug() {
        assertThat(LocalPosts.parse(BASE + "/articles/hello-world", BASE))
                .isEqualTo(new LocalPosts.Address(null, "hello-world"));
    }

    @Test
    void otherAddressesNameNoPost() {
        for (String url : new String[] {
            BASE + "/posts/abc", BASE + "/posts/-1", BASE + "/actors/blog", BASE + "/articles/", BASE + "/articles/a/b"
        }) {
            assertThat(LocalPosts.parse(url, BASE)).as(url).isEqualTo(new LocalPosts.Address(null, null));
        }
    }
}
