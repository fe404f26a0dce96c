package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.Resources;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@code Question} from someone nobody here follows keeps its poll, whichever way it reaches us: a
 * public reply to our post that mentions our author (shown on the stranger's statuses), a public
 * mention and a direct mention (shown on the mention's notification); its Update refreshes it.
 */
class StrangersPollsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AS = "https://www.w3.org/ns/activitystreams";

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static MastodonApi http;
    static String token;
    static SigningPeer peer;
    static String stranger;
    static String author;
    static String postUri;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Strangers' polls IT", "sol", "sol-password-1");
        http = new MastodonApi(server);
        token = http.passwordToken(
                http.register("Polls", "read write", "urn:ietf:wg:oauth:2.0:oob"),
                "sol",
                "sol-password-1",
                "read write");
        peer = new SigningPeer();
        stranger = peer.actor("stranger", doc -> doc.put("name", "Stan Stranger"));
        String anyPost = admin.compose("note", "publish", "body", "Ask me anything");
        JsonNode post = new ApJsonClient(server).json("/posts/" + anyPost);
        postUri = post.path("id").asText();
        author = post.path("attributedTo").asText();
    }

    @AfterAll
    static void stop() {
        Resources.closeAll(peer, server);
    }

    static ObjectNode question(String text, String inReplyTo, boolean direct, int dogs) {
        ObjectNode q = JSON.createObjectNode();
        q.put("id", stranger + "/statuses/" + System.nanoTime());
        q.put("type", "Question");
        q.put("attributedTo", stranger);
        q.put("content", "<p>" + text + "</p>");
        q.put("published", "2026-06-01T10:00:00Z");
        if (inReplyTo != null) {
            q.put("inReplyTo", inReplyTo);
        }
        if (direct) {
            q.putArray("to").add(author);
        } else {
            q.putArray("to").add(AS + "#Public");
            q.putArray("cc").add(author);
        }
        ObjectNode mention = q.putArray("tag").addObject();
        mention.put("type", "Mention");
        mention.put("href", author);
        mention.put("name", "@sol");
        q.put("endTime", Instant.now().plusSeconds(3600).toString());
        q.set("oneOf", JSON.valueToTree(List.of(option("Cats", 2), option("Dogs", dogs))));
        q.put("votersCount", 2 + dogs);
        return q;
    }

    static Map<String, Object> option(String name, int votes) {
        return Map.of("type", "Note", "name", name, "replies", Map.of("type", "Collection", "totalItems", votes));
    }

    static void send(String type, ObjectNode question) {
        ObjectNode a = JSON.createObjectNode();
        a.put("@context", AS);
        a.put("id", question.get("id").asText() + "#" + type + "/" + System.nanoTime());
        a.put("type", type);
        a.put("actor", stranger);
        a.set("to", question.get("to"));
        a.set("object", question);
        SigningPeer.Answer answer = peer.post(URI.create(author + "/inbox"), a.toString(), peer.keyOf(stranger));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        server.runDueJobs();
    }

    /** The poll of the status the mention notification of {@code uri} shows, as "title=votes". */
    static List<String> pollOfMention(String uri) {
        JsonNode notes =
                http.get("/api/v1/notifications?types[]=mention", token).json();
        for (JsonNode n : notes) {
            if (uri.equals(n.path("status").path("uri").asText())) {
                List<String> out = new ArrayList<>();
                n.path("status")
                        .path("poll")
                        .path("options")
                        .forEach(o -> out.add(o.path("title").asText() + "="
                                + o.path("votes_count").asText()));
                return out;
            }
        }
        throw new AssertionError("no mention notification of " + uri + " in " + notes);
    }

    @Test
    void aPublicReplyToOurPostKeepsItsPollOnTheAccountsStatusesAndItsUpdateRefreshesIt() {
        ObjectNode q = question("Cats or dogs, Sol?", postUri, false, 1);
        send("Create", q);
        assertThat(pollOnProfile(q.get("id").asText())).containsExactly("Cats=2", "Dogs=1");
        q.set("oneOf", JSON.valueToTree(List.of(option("Cats", 2), option("Dogs", 4))));
        send("Update", q);
        assertThat(pollOnProfile(q.get("id").asText())).containsExactly("Cats=2", "Dogs=4");
    }

    /** The poll of the status {@code uri} among the stranger's statuses, as "title=votes". */
    static List<String> pollOnProfile(String uri) {
        String id = tables.text("select id from remote_actor where uri = ?", stranger);
        JsonNode statuses =
                http.get("/api/v1/accounts/" + id + "/statuses", token).json();
        for (JsonNode s : statuses) {
            if (uri.equals(s.path("uri").asText())) {
                return titles(s.path("poll"));
            }
        }
        throw new AssertionError("no status " + uri + " in " + statuses);
    }

    static List<String> titles(JsonNode poll) {
        List<String> out = new ArrayList<>();
        poll.path("options")
                .forEach(o -> out.add(
                        o.path("title").asText() + "=" + o.path("votes_count").asText()));
        return out;
    }

    @Test
    void aPublicMentionKeepsItsPoll() {
        ObjectNode q = question("Sol, cats or dogs?", null, false, 3);
        send("Create", q);
        assertThat(pollOfMention(q.get("id").asText())).containsExactly("Cats=2", "Dogs=3");
    }

    @Test
    void aDirectMentionKeepsItsPoll() {
        ObjectNode q = question("Just you, Sol: cats or dogs?", null, true, 5);
        send("Create", q);
        assertThat(pollOfMention(q.get("id").asText())).containsExactly("Cats=2", "Dogs=5");
    }
}
