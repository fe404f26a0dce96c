package dev.kakehashi.federation.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalUrl;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Is this URL ours, and what is it?": {@link ActorIds#local} and the {@link LocalUrl} it reads. */
class LocalUrlTest {
    private final ActorIds ids = new ActorIds(new Links(URI.create("https://blog.example")));
    private final ActorIds underPath = new ActorIds(new Links(URI.create("https://example.org/blog")));

    @Test
    void ourUrlsAnyCaseOfHostAndWithTheDefaultPortWrittenOut() {
        for (String url : new String[] {
            "https://blog.example",
            "https://blog.example/",
            "https://blog.example/posts/1",
            "https://BLOG.example/posts/1",
            "HTTPS://blog.example/posts/1",
            "https://blog.example:443/posts/1",
        }) {
            assertThat(ids.isOurs(url)).as(url).isTrue();
        }
        assertThat(ids.local("https://blog.example/")).contains(new LocalUrl("", null));
    }

    @Test
    void lookalikesOtherSchemesPortsAndTraversalsAreNotOurs() {
        for (String url : new String[] {
            "https://blog.example.evil",
            "https://blog.example.evil/posts/1",
            "https://evilblog.example/posts/1",
            "https://blog.example@evil.example/posts/1",
            "https://evil.example/?u=https://blog.example/posts/1",
            "https://evil.example/https://blog.example/posts/1",
            "http://blog.example/posts/1",
            "https://blog.example:8443/posts/1",
            "https://blog.example/..",
            "https://blog.example/posts/../actors/blog",
            "https://blog.example/./posts/1",
            "//blog.example/posts/1",
            "/posts/1",
            "mailto:me@blog.example",
            "https://blog.example/posts/1 2",
            "",
            null,
        }) {
            assertThat(ids.local(url)).as(String.valueOf(url)).isEmpty();
        }
    }

    @Test
    void aBaseWithAPathOwnsOnlyWhatIsBelowIt() {
        assertThat(underPath.local("https://example.org/blog/posts/3").flatMap(LocalUrl::postId))
                .contains(3L);
        assertThat(underPath.isOurs("https://example.org/blog")).isTrue();
        assertThat(underPath.isOurs("https://example.org/blogger/posts/3")).isFalse();
        assertThat(underPath.isOurs("https://example.org/posts/3")).isFalse();
        assertThat(underPath.isOurs("https://example.org/blog/../posts/3")).isFalse();
    }

    @Test
    void postIdsAreReadWithOrWithoutTrailingSlashFragmentOrQuery() {
        for (String url : new String[] {
            "https://blog.example/posts/1000",
            "https://blog.example/posts/1000/",
            "https://blog.example/posts/1000#comments",
            "https://blog.example/posts/1000?x=1",
        }) {
            assertThat(ids.local(url).flatMap(LocalUrl::postId)).as(url).contains(1000L);
        }
        assertThat(ids.local("https://blog.example/posts/1000?x=1").map(LocalUrl::query))
                .contains("x=1");
    }

    @Test
    void articlesAndCommentsAreReadToo() {
        assertThat(ids.local("https://blog.example/articles/hello-world").flatMap(LocalUrl::articleSlug))
                .contains("hello-world");
        assertThat(ids.local(ids.comment(42)).flatMap(LocalUrl::commentId)).contains(42L);
        assertThat(ids.local("https://blog.example/@alice").flatMap(LocalUrl::username))
                .contains("alice");
        assertThat(ids.local("https://blog.example/@alice/").flatMap(LocalUrl::username))
                .contains("alice");
        assertThat(ids.local("https://blog.example/@").flatMap(LocalUrl::username))
                .isEmpty();
        assertThat(ids.local("https://blog.example/@alice/posts").flatMap(LocalUrl::username))
                .isEmpty();
    }

    @Test
    void otherAddressesNameNoPost() {
        for (String url : new String[] {
            "https://blog.example/posts/abc",
            "https://blog.example/posts/-1",
            "https://blog.example/posts/0",
            "https://blog.example/actors/blog",
            "https://blog.example/articles/",
            "https://blog.example/articles/a/b",
        }) {
            Optional<LocalUrl> local = ids.local(url);
            assertThat(local).as(url).isPresent();
            assertThat(local.get().postId()).as(url).isEmpty();
            assertThat(local.get().articleSlug()).as(url).isEmpty();
        }
    }

    @Test
    void everyIdWeMintIsOurs() {
        assertThat(ids.isOurs(ids.actor(ActorRef.BLOG))).isTrue();
        assertThat(ids.isOurs(ids.create(7))).isTrue();
        assertThat(ids.isOurs(ids.announce(7))).isTrue();
        assertThat(ids.isOurs(ids.keyId(ActorRef.author(3)))).isTrue();
        assertThat(ids.activity(ActorRef.author(3), dev.kakehashi.domain.ActivityType.FOLLOW))
                .startsWith("https://blog.example/actors/3#follows/");
        assertThat(ids.activity(ActorRef.BLOG, dev.kakehashi.domain.ActivityType.ACCEPT))
                .startsWith("https://blog.example/actors/blog#accepts/");
    }

    @Test
    void theInboxesActorIdsMintsAreInboxesAndNothingElseIs() {
        assertThat(ids.local(ids.inbox(ActorRef.BLOG)).flatMap(LocalUrl::inbox)).contains(new LocalUrl.Inbox("blog"));
        assertThat(ids.local(ids.inbox(ActorRef.author(12))).flatMap(LocalUrl::inbox))
                .contains(new LocalUrl.Inbox("12"));
        assertThat(ids.local(ids.sharedInbox()).flatMap(LocalUrl::inbox)).contains(new LocalUrl.Inbox(null));
        assertThat(ids.local(ids.inbox(ActorRef.INSTANCE)).flatMap(LocalUrl::inbox))
                .contains(new LocalUrl.Inbox(null));
        for (String path : new String[] {
            "/actors//inbox",
            "/actors/inbox",
            "/actors/a/b/inbox",
            "/actors/a.b/inbox",
            "/inbox/x",
            "/actors/12/outbox",
            "",
            "/actors/12"
        }) {
            assertThat(new LocalUrl(path, null).inbox()).as(path).isEmpty();
        }
    }
}
