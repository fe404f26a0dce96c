package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real, independent ActivityPub implementation (the Fedify peer) replies to a post: its Note,
 * built and signed by Fedify, becomes a comment on the public page.
 */
class FedifyCommentsIT {
    private static final String BROWSER = "text/html,application/xhtml+xml";
    static KakehashiServer server;
    static FedifyPeer peer;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Fedify Comments IT", "yui", "yui-password-1");
        // About how replies show, not about moderation (ModeratedRepliesIT): publish them at once.
        AdminPages.publishCommentsAtOnce(admin);
        peer = FedifyPeer.start();
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static Document page(String path) {
        WebClient.Page page = new WebClient(server).get(path, BROWSER);
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    @Test
    void aFedifyReplyWithAContentWarningBecomesAComment() throws Exception {
        String post = admin.compose("note", "publish", "body", "Replies welcome");
        String noteId = peer.reply(
                server.url("/actors/blog"), server.url("/posts/" + post), "hello from Fedify", "a gentle warning");
        Eventually.await(
                () -> !page("/posts/" + post).select("#comments li.comment").isEmpty());

        Element c = page("/posts/" + post).selectFirst("#comments li.comment");
        assertThat(c.select(".comment-handle").text())
                .isEqualTo("@peer@" + peer.baseUrl().substring(7));
        assertThat(c.select(".comment-author").attr("href")).startsWith(peer.baseUrl());
        assertThat(c.select("a.comment-permalink").attr("href")).isEqualTo(noteId);
        assertThat(c.select("details.content-warning > summary").text()).isEqualTo("a gentle warning");
        assertThat(c.select(".comment-content").text()).contains("hello from Fedify");
        assertThat(page("/posts/" + post).select(".comment-count").text()).isEqualTo("1");
    }
}
