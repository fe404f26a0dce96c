package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.WebClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the admin reader (/admin/following) and the home timeline show of a real Fedify peer's posts:
 * a followers-only post to the author who follows the peer, with a lock, and to no other author;
 * once the blog follows the peer, every author reads its posts, since every author speaks as the blog.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderSharedPostsIT {
    static FedifyPeer peer;
    static AppAuthor ren;
    static String kaiToken;
    static WebClient kai;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        ren = AppAuthor.start("Reader IT", "ren", "ren-password-1");
        ren.followAccepted(peer);
        kaiToken = ren.addAuthor("kai", "kai-password-1");
        kai = new WebClient(ren.server).logIn("kai", "kai-password-1");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (ren != null) ren.close();
    }

    static String send(String html, List<String> to) {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Map<String, Object> note = peer.note(id, html, to.toArray(String[]::new));
        FedifyPeer.Delivery d = peer.create(ren.actor, note);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
        return id;
    }

    /** The post with this uri in the reader of {@code who}, or null. */
    static Element inReader(WebClient who, String uri) {
        return who.get("/admin/following").html().selectFirst("article.remote-post[data-uri=" + uri + "]");
    }

    static boolean inHome(String token, String uri) {
        return ren.http
                .get("/api/v1/timelines/home?limit=40", token)
                .raw()
                .body()
                .contains(uri);
    }

    @Test
    @Order(1)
    void aFollowersOnlyPostShowsLockedToTheFollowingAuthorAlone() {
        String note = send("<p>Followers only, please</p>", List.of(peer.actorUrl() + "/followers"));
        Eventually.await(() -> inReader(ren.admin, note) != null);
        Element shown = inReader(ren.admin, note);
        assertThat(shown.text()).contains("Followers only, please");
        assertThat(shown.selectFirst(".followers-only")).as("the lock").isNotNull();

        assertThat(inReader(kai, note)).as("another author's reader").isNull();
        assertThat(inHome(kaiToken, note)).as("another author's home").isFalse();
        String id = ren.tables.text("select id from remote_post where uri = ?", note);
        assertThat(ren.http.get("/api/v1/statuses/" + id, kaiToken).status()).isEqualTo(404);

        String open = send("<p>For everyone</p>", List.of(FedifyPeer.PUBLIC));
        Eventually.await(() -> inReader(ren.admin, open) != null);
        assertThat(inReader(ren.admin, open).selectFirst(".followers-only"))
                .as("no lock on a public post")
                .isNull();
    }

    @Test
    @Order(2)
    void postsOfAnAccountTheBlogFollowsReachEveryAuthor() {
        // No page makes the blog follow anyone yet: the row its accepted Follow would leave.
        ren.tables.update(
                "insert into following (id, local_actor, remote_actor_uri, follow_activity_id, state, created_at)"
                        + " values (?, 'blog', ?, ?, 'ACCEPTED', current_timestamp)",
                9_000_000_001L,
                peer.actorUrl(),
                ren.server.url("/actors/blog#follows/1"));
        String locked = ren.tables.text(
                "select uri from remote_post where visibility = 'PRIVATE' and actor_uri = ?", peer.actorUrl());
        assertThat(locked).as("the followers-only post of the first test").isNotNull();
        String note = send("<p>Hello, blog</p>", List.of(FedifyPeer.PUBLIC));
        Eventually.await(() -> inReader(ren.admin, note) != null);

        assertThat(inReader(kai, note)).as("the new post in kai's reader").isNotNull();
        assertThat(inHome(kaiToken, note)).as("and at home").isTrue();
        Element shared = inReader(kai, locked);
        assertThat(shared).as("the followers-only post, shared with the blog").isNotNull();
        assertThat(shared.selectFirst(".followers-only")).isNotNull();
        assertThat(inHome(kaiToken, locked)).isTrue();
        String id = ren.tables.text("select id from remote_post where uri = ?", locked);
        assertThat(ren.http.get("/api/v1/statuses/" + id, kaiToken).status()).isEqualTo(200);
        assertThat(ren.http.get("/api/v1/statuses/" + id, null).status())
                .as("never anonymously")
                .isEqualTo(404);
    }
}
