package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.WebClient;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify server likes, boosts and quotes a post, signed the way Fedify signs (RFC 9421
 * first): readers see the counts, the peer and the quote on the post page; its Undo removes them.
 */
class FedifyReactionsIT {
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static FedifyPeer peer;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Fedify reactions IT", "kai", "kai-password-1");
        authorActor = server.url("/actors/" + tables.text("select id from account where username = ?", "kai"));
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @Test
    void fedifyLikesBoostsAndQuotesAPostThenUndoesTheLikeAndBoost() throws Exception {
        String post = admin.compose("note", "publish", "body", "Fedify, react");
        String postUrl = server.url("/posts/" + post);
        FedifyPeer.Delivery like =
                peer.send(authorActor, Map.of("type", "Like", "object", postUrl), FedifyPeer.Spec.RFC_9421);
        assertThat(like.status()).as(like.body()).isEqualTo(202);
        FedifyPeer.Delivery announce = peer.send(
                authorActor,
                Map.of("type", "Announce", "object", postUrl, "to", "https://www.w3.org/ns/activitystreams#Public"),
                FedifyPeer.Spec.RFC_9421);
        assertThat(announce.status()).as(announce.body()).isEqualTo(202);
        String quoteId = peer.baseUrl() + "/notes/quote-1";
        Map<String, Object> quoting =
                peer.note(quoteId, "<p>Read this</p><p class=\"quote-inline\">RE: " + postUrl + "</p>");
        quoting.put("quote", postUrl);
        quoting.put("_misskey_quote", postUrl);
        FedifyPeer.Delivery quote = peer.create(authorActor, quoting);
        assertThat(quote.status()).as(quote.body()).isEqualTo(202);
        Eventually.await(() -> reactions(post) == 3);

        Document page = admin.get("/posts/" + post).html();
        assertThat(page.selectFirst(".likes-count").text()).isEqualTo("1");
        assertThat(page.selectFirst(".boosts-count").text()).isEqualTo("1");
        assertThat(page.selectFirst(".reaction-likes .reactor a").attr("title")).startsWith("Fedify test peer");
        assertThat(page.selectFirst(".reaction-likes .reactor a").attr("href")).isEqualTo(peer.actorUrl());
        assertThat(page.select(".mentioned-in a.quote-link").eachAttr("href")).containsExactly(quoteId);

        for (FedifyPeer.Delivery done : new FedifyPeer.Delivery[] {like, announce}) {
            String type = done == like ? "Like" : "Announce";
            FedifyPeer.Delivery undo = peer.send(
                    authorActor,
                    Map.of(
                            "type",
                            "Undo",
                            "object",
                            Map.of("id", done.id(), "type", type, "actor", peer.actorUrl(), "object", postUrl)),
                    FedifyPeer.Spec.RFC_9421);
            assertThat(undo.status()).as(undo.body()).isEqualTo(202);
        }
        Eventually.await(() -> reactions(post) == 1);
        Document after = admin.get("/posts/" + post).html();
        assertThat(after.select(".likes-count")).isEmpty();
        assertThat(after.select(".boosts-count")).isEmpty();
        assertThat(after.select(".mentioned-in a.quote-link")).hasSize(1);
    }

    static long reactions(String post) {
        return tables.count("select count(*) from reaction where post_id = cast(? as bigint)", post);
    }
}
