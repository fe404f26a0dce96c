package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imported posts federate silently: a Fedify follower of the author gets no Create for them, yet
 * they are fetchable as ActivityPub objects and listed in the author's outbox.
 */
class WordPressImportFedifyIT {
    static final ObjectMapper JSON = new ObjectMapper();

    static KakehashiServer server;
    static WebClient admin;
    static FedifyPeer peer;
    static String actor;

    @BeforeAll
    static void start() throws Exception {
        peer = FedifyPeer.start();
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Harbour", "harbourmaster", "harbour-password-1");
        String acct = "harbourmaster@" + server.baseUrl().substring("http://".length());
        JsonNode jrd = JSON.readTree(admin.get("/.well-known/webfinger?resource=acct:" + acct, "application/jrd+json")
                .body());
        for (JsonNode link : jrd.path("links")) {
            if ("self".equals(link.path("rel").asText())) {
                actor = link.path("href").asText();
            }
        }
        assertThat(actor).isNotBlank();
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    @Test
    void aFollowerGetsNoCreateForImportedPostsButCanFetchThem() throws Exception {
        // Under load Fedify's first fetch of the actor can time out; its follow is then refused at once.
        Eventually.within(Duration.ofSeconds(60), "Fedify follows harbourmaster", () -> {
            try {
                peer.follow(actor);
                return true;
            } catch (AssertionError notYet) {
                return false;
            }
        });
        peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), Duration.ofSeconds(30));

        assertThat(WordPressImportIT.upload(admin, "blog.xml", "keep").status()).isEqualTo(303);
        WordPressImportIT.importToTheEnd(server, admin);
        server.runDueJobs();
        server.runDueJobs();
        assertThat(peer.received())
                .noneMatch(a -> "Create".equals(a.path("type").asText()));

        WebClient.Page object = admin.get("/articles/first-light", "application/activity+json");
        assertThat(object.status()).isEqualTo(200);
        assertThat(JSON.readTree(object.body()).path("published").asText()).startsWith("2019-05-12");
        String outbox = JSON.readTree(admin.get(actor.substring(server.baseUrl().length()), "application/activity+json")
                        .body())
                .path("outbox")
                .asText();
        JsonNode front =
                JSON.readTree(admin.get(outbox.substring(server.baseUrl().length()), "application/activity+json")
                        .body());
        assertThat(front.path("totalItems").asInt())
                .as("her published imported posts (the third is the deckhand's)")
                .isEqualTo(2);

        // A reply to the WordPress plugin's id of an imported post (same domain) becomes its comment.
        peer.reply(actor, server.url("/?p=10"), "<p>Still following since the old blog!</p>", null);
        Eventually.within(Duration.ofSeconds(30), "the reply is a comment under the imported post", () -> {
            server.runDueJobs();
            return new WebClient(server).get("/articles/first-light").body().contains("Still following since");
        });

        // The same follower does get what is written here after the import: the silence was deliberate.
        admin.compose("note", "publish", "body", "Back on the new blog!");
        JsonNode create = peer.awaitReceived(a -> "Create".equals(a.path("type").asText()), Duration.ofSeconds(30));
        assertThat(create.toString()).contains("Back on the new blog!").doesNotContain("fog lifted");
    }
}
