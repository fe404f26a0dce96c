package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link Links#local}, the one answer to "is this URL ours, and what is it?", for each kind of URL we mint. */
class LinksLocalTest {
    private final Links links = new Links(URI.create("https://blog.example"));

    @Test
    void aPostsIdNamesThePostWithOrWithoutQueryFragmentOrTrailingSlash() {
        for (String url : new String[] {
            links.post(12),
            links.post(12) + "/",
            links.post(12) + "?page=2",
            links.post(12) + "#comments",
            "https://BLOG.example:443/posts/12",
        }) {
            assertThat(links.local(url).flatMap(LocalUrl::postId)).as(url).contains(12L);
        }
        assertThat(links.local(links.post(12) + "?page=2").map(LocalUrl::query)).contains("page=2");
    }

    @Test
    void whatIsNotAPostIdNamesNoPost() {
        for (String url : new String[] {
            "https://blog.example/posts/",
            "https://blog.example/posts/0",
            "https://blog.example/posts/-3",
            "https://blog.example/posts/abc",
            "https://blog.example/posts/12/likes",
            "https://blog.example/articles/12",
        }) {
            assertThat(links.local(url).flatMap(LocalUrl::postId)).as(url).isEmpty();
        }
    }

    @Test
    void anAuthorsActorIdNamesTheAuthorButTheBlogsActorNamesNone() {
        assertThat(links.local(links.authorActor(7)).flatMap(LocalUrl::authorId))
                .contains(7L);
        assertThat(links.local(links.blogActor()).flatMap(LocalUrl::authorId)).isEmpty();
        assertThat(links.local(links.authorActor(7) + "/inbox").flatMap(LocalUrl::authorId))
                .isEmpty();
    }

    @Test
    void articlesProfilesCommentsAndMediaAreReadBack() {
        assertThat(links.local(links.article("caf%C3%A9")).flatMap(LocalUrl::articleSlug))
                .contains("café");
        assertThat(links.local(links.author("alice")).flatMap(LocalUrl::username))
                .contains("alice");
        assertThat(links.local(links.at("/comments/5")).flatMap(LocalUrl::commentId))
                .contains(5L);
        assertThat(links.local(links.media("2026/cat.png")).flatMap(LocalUrl::mediaFile))
                .contains("2026/cat.png");
        assertThat(links.local(links.media("cat.png") + "?v=2").flatMap(LocalUrl::mediaFile))
                .contains("cat.png");
        assertThat(links.local(links.at("/media/")).flatMap(LocalUrl::mediaFile))
                .isEmpty();
    }

    @Test
    void lookalikeHostsOtherPortsAndSchemesAreNotOurs() {
        for (String url : new String[] {
            "https://blog.example.evil/posts/12",
            "https://blog.example.evil/actors/7",
            "https://evil.example/?next=https://blog.example/posts/12",
            "https://blog.example:8443/posts/12",
            "http://blog.example/posts/12",
            "https://blog.example@evil.example/posts/12",
            "not a url",
        }) {
            assertThat(links.isOurs(url)).as(url).isFalse();
            assertThat(links.local(url)).as(url).isEmpty();
        }
    }

    @Test
    void aBaseUnderAPathOwnsOnlyItsOwnPosts() {
        Links underPath = new Links(URI.create("https://example.org/blog"));
        assertThat(underPath.local(underPath.post(3)).flatMap(LocalUrl::postId)).contains(3L);
        assertThat(underPath.local("https://example.org/posts/3")).isEmpty();
        assertThat(underPath.local("https://example.org/blogger/posts/3")).isEmpty();
    }

    @Test
    void theNegotiatedPathsAreProfilesPostsArticlesAndActors() {
        for (String path : new String[] {
            "/@alice", "@alice/", "posts/12", "/articles/hello", "/actor", "actor/", "/actors/blog", "/actors/7"
        }) {
            assertThat(LocalUrl.ofPath(path).negotiated()).as(path).isTrue();
        }
        for (String path : new String[] {
            "/", "", "/archive", "/posts", "/posts/12/likes", "/actors/7/inbox", "/@alice/feed.xml", "/tags/x"
        }) {
            assertThat(LocalUrl.ofPath(path).negotiated()).as(path).isFalse();
        }
    }
}
