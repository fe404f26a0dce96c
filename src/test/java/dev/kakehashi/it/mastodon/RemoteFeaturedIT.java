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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A remote account's pinned posts, as Mastodon shows them: read from the featured collection its
 * actor document names when the account is fetched (items embedded or by id, its own public posts
 * only), then changed by its Add and Remove of that collection; {@code pinned=true} lists them.
 */
class RemoteFeaturedIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AS = "https://www.w3.org/ns/activitystreams";

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static MastodonApi http;
    static SigningPeer home;
    static SigningPeer elsewhere;
    static String author;
    static String inbox;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Featured IT", "fay", "fay-password-1");
        http = new MastodonApi(server);
        home = new SigningPeer();
        elsewhere = new SigningPeer();
        String anyPost = admin.compose("note", "publish", "body", "Hello");
        author = new ApJsonClient(server)
                .json("/posts/" + anyPost)
                .path("attributedTo")
                .asText();
        inbox = author + "/inbox";
    }

    @AfterAll
    static void stop() {
        Resources.closeAll(home, elsewhere, server);
    }

    static ObjectNode note(String id, String by, String text, boolean isPublic) {
        ObjectNode note = JSON.createObjectNode();
        note.put("@context", AS);
        note.put("id", id);
        note.put("type", "Note");
        note.put("attributedTo", by);
        note.put("content", "<p>" + text + "</p>");
        note.put("published", "2026-06-01T10:00:00Z");
        note.putArray("to").add(isPublic ? AS + "#Public" : by + "/followers");
        return note;
    }

    static void serve(SigningPeer peer, ObjectNode object) {
        peer.remote.serve(
                URI.create(object.get("id").asText()).getRawPath(),
                200,
                "application/activity+json",
                object.toString());
    }

    /** An actor whose featured collection holds {@code items}; fetched here by its Follow. */
    static String actorFeaturing(String name, List<Object> items) {
        String actor = home.actor(name, doc -> doc.put("featured", doc.get("id").asText() + "/collections/featured"));
        ObjectNode collection = JSON.createObjectNode();
        collection.put("@context", AS);
        collection.put("id", actor + "/collections/featured");
        collection.put("type", "OrderedCollection");
        collection.put("totalItems", items.size());
        collection.set("orderedItems", JSON.valueToTree(items));
        serve(home, collection);
        SigningPeer.Answer followed = home.follow(name, author);
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(202);
        server.runDueJobs();
        server.runDueJobs();
        return actor;
    }

    static List<String> pinnedTexts(String actor) {
        String id = tables.text("select id from remote_actor where uri = ?", actor);
        MastodonApi.Answer answer = http.get("/api/v1/accounts/" + id + "/statuses?pinned=true", null);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        for (JsonNode s : answer.json()) {
            assertThat(s.path("pinned").asBoolean())
                    .as("pinned is said of one's own statuses only")
                    .isFalse();
            texts.add(s.path("content").asText().replaceAll("<[^>]+>", ""));
        }
        return texts;
    }

    static void deliver(String actor, String type, String object, String target) {
        ObjectNode a = JSON.createObjectNode();
        a.put("@context", AS);
        a.put("id", actor + "#" + type.toLowerCase(java.util.Locale.ROOT) + "/" + System.nanoTime());
        a.put("type", type);
        a.put("actor", actor);
        a.put("object", object);
        a.put("target", target);
        SigningPeer.Answer answer = home.post(URI.create(inbox), a.toString(), home.keyOf(actor));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        server.runDueJobs();
    }

    @Test
    void theFeaturedCollectionIsReadWhenTheAccountIsFetchedKeepingItsOwnPublicPostsInOrder() {
        String actor = home.actorId("pia");
        ObjectNode byId = note(actor + "/statuses/2", actor, "Pinned by id", true);
        serve(home, byId);
        ObjectNode foreign = note(elsewhere.remote.origin() + "/statuses/9", actor, "Not on its server", true);
        serve(elsewhere, foreign);
        actorFeaturing(
                "pia",
                List.of(
                        note(actor + "/statuses/1", actor, "Pinned inline", true),
                        byId.get("id").asText(),
                        foreign.get("id").asText(),
                        note(actor + "/statuses/3", actor, "Followers only", false)));
        assertThat(pinnedTexts(actor)).containsExactly("Pinned inline", "Pinned by id");

        // Months-old posts fetched now take their place by publication time, so no timeline shows
        // them as new.
        String id = tables.text("select id from remote_actor where uri = ?", actor);
        for (JsonNode s : http.get("/api/v1/accounts/" + id + "/statuses?pinned=true", null)
                .json()) {
            assertThat(Long.parseLong(s.path("id").asText()) >>> 16)
                    .as(s.toString())
                    .isEqualTo(Instant.parse("2026-06-01T10:00:00Z").toEpochMilli());
        }
    }

    @Test
    void anAddToItsFeaturedCollectionPinsFirstAndARemoveUnpins() {
        String actor = home.actorId("ada");
        actorFeaturing("ada", List.of(note(actor + "/statuses/1", actor, "Old pin", true)));
        String featured = actor + "/collections/featured";
        ObjectNode fresh = note(actor + "/statuses/2", actor, "New pin", true);
        serve(home, fresh);
        deliver(actor, "Add", fresh.get("id").asText(), featured);
        assertThat(pinnedTexts(actor)).containsExactly("New pin", "Old pin");

        deliver(actor, "Remove", actor + "/statuses/1", featured);
        assertThat(pinnedTexts(actor)).containsExactly("New pin");
    }

    @Test
    void anAddOrRemoveOfAnotherCollectionOrByAnotherActorChangesNothing() {
        String actor = home.actorId("eve");
        actorFeaturing("eve", List.of(note(actor + "/statuses/1", actor, "Kept pin", true)));
        ObjectNode other = note(actor + "/statuses/2", actor, "Not pinned", true);
        serve(home, other);
        deliver(actor, "Add", other.get("id").asText(), actor + "/collections/tags");
        String stranger = actorFeaturing("mallory", List.of());
        deliver(stranger, "Remove", actor + "/statuses/1", actor + "/collections/featured");
        deliver(stranger, "Add", other.get("id").asText(), actor + "/collections/featured");
        assertThat(pinnedTexts(actor)).containsExactly("Kept pin");
        assertThat(tables.text(
                        "select state from inbox_activity where activity_id like ? order by id desc",
                        stranger + "#remove/%"))
                .isEqualTo("REJECTED");
    }
}
