package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the reactions ITs share: a blog with an author, signing peers that speak as Mastodon, Misskey
 * and the other servers of the fixtures, and helpers to deliver their activities. Each subclass gets
 * its own server.
 */
abstract class ReactionsFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger TOKENS = new AtomicInteger();
    /** The fixtures' actor names on the peer, by fixture host. */
    static final Map<String, String> ACTORS = Map.of(
            "mastodon.example", "alice",
            "misskey.example", "9f3k2l1m0a",
            "pleroma.example", "carol",
            "gts.example", "dave",
            "wp.example", "wp",
            "fedify.example", "erin");

    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static WebClient ina;
    static String inaId;
    static URI inbox;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        ina = new WebClient(server).setUpAndLogIn("Reactions IT", "ina", "ina-password-1");
        inaId = tables.text("select id from account where username = ?", "ina");
        inbox = URI.create(server.url("/inbox"));
        peer = new SigningPeer();
        peer.actor("alice", doc -> {
            doc.put("name", "Alice Liddell");
            doc.put("url", peer.remote.origin() + "/@alice");
            doc.putObject("icon").put("type", "Image").put("url", peer.remote.origin() + "/avatars/alice.png");
        });
        for (String name : new String[] {"9f3k2l1m0a", "carol", "dave", "wp", "erin", "mallory"}) {
            peer.actor(name);
        }
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static void useTheme(String theme) {
        var settings = ina.get("/admin/settings");
        var saved = ina.postForm(
                "/admin/settings",
                WebClient.form(
                        "_csrf", settings.csrf(),
                        "title", "Reactions IT",
                        "description", "",
                        "language", "en",
                        "theme", theme));
        assertThat(saved.status()).isEqualTo(303);
    }

    long reactions(String post) {
        return tables.count("select count(*) from reaction where post_id = cast(? as bigint)", post);
    }

    long notifications(String post) {
        return tables.count("select count(*) from notification where post_id = cast(? as bigint)", post);
    }

    long mentions() {
        return tables.count(
                "select count(*) from notification where kind = 'MENTION' and account_id = cast(? as bigint)", inaId);
    }

    static String state(String activityId) {
        return tables.text("select state from inbox_activity where activity_id = ?", activityId);
    }

    /**
     * One test's deliveries: fixture addresses become ours (the post, ina's actor, the blog) and the
     * peer's, and each of the peer's ids gets a token of its own, so every test's activities are new.
     */
    static final class Delivery {
        final String post;
        final String token = "t" + TOKENS.incrementAndGet();

        Delivery(String post) {
            this.post = post;
        }

        ObjectNode json(String host, String name) {
            String text = FakeRemote.read(host + "/activities/" + name + ".json")
                    .replace("https://blog.example/posts/1000", server.url("/posts/" + post))
                    .replace("https://blog.example/actors/12", server.url("/actors/" + inaId))
                    .replace("https://blog.example", server.baseUrl())
                    .replace("https://wp.example/?author=0", peer.actorId("wp"));
            for (String fixtureHost : ACTORS.keySet()) {
                text = text.replace("https://" + fixtureHost, peer.remote.origin());
            }
            try {
                return (ObjectNode) tokenize(JSON.readTree(text));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A fixture's address on the peer, with this test's token. */
        String remote(String fixtureUrl) {
            String host = URI.create(fixtureUrl).getHost();
            return fixtureUrl.replace("https://" + host, peer.remote.origin()) + "-" + token;
        }

        void send(String host, String name) {
            SigningPeer.Answer answer = post(ACTORS.get(host), json(host, name));
            assertThat(answer.statusCode())
                    .as(host + " " + name + ": " + answer.body())
                    .isEqualTo(202);
        }

        SigningPeer.Answer post(String actor, ObjectNode activity) {
            return peer.post(inbox, activity.toString(), peer.mainKey(actor));
        }

        private JsonNode tokenize(JsonNode node) {
            Set<String> actors =
                    Set.copyOf(ACTORS.values().stream().map(peer::actorId).toList());
            if (node.isTextual()) {
                String s = node.asText();
                return s.startsWith(peer.remote.origin()) && !actors.contains(s) ? new TextNode(s + "-" + token) : node;
            }
            if (node instanceof ObjectNode o) {
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    var e = it.next();
                    if (!e.getKey().equals("@context")) {
                        e.setValue(tokenize(e.getValue()));
                    }
                }
            } else if (node instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    a.set(i, tokenize(a.get(i)));
                }
            }
            return node;
        }
    }
}
