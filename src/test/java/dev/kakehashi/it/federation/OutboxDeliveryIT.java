package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Publishing, editing and deleting a post reach followers' servers as signed Create, Update and
 * Delete: one POST per distinct inbox, the blog's Announce to the blog's followers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxDeliveryIT {
    static KakehashiServer server;
    static WebClient admin;
    static Receiver shared; // two followers of alice behind one shared inbox
    static Receiver solo; // one follower of alice and of the blog, no shared inbox
    static String alice;
    static String postId;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Bridges", "alice", "correct horse battery");
        shared = Receiver.start();
        solo = Receiver.start();
        Followers.seed(server, c -> {
            alice = Followers.actorRef(c, "alice");
            Followers.add(c, alice, shared.url("/users/ann"), shared.url("/users/ann/inbox"), shared.url("/inbox"));
            Followers.add(c, alice, shared.url("/users/bob"), shared.url("/users/bob/inbox"), shared.url("/inbox"));
            Followers.add(c, alice, solo.url("/users/cy"), solo.url("/users/cy/inbox"), null);
            Followers.add(c, "blog", solo.url("/users/cy"), solo.url("/users/cy/inbox"), null);
        });
    }

    @AfterAll
    static void stop() {
        shared.close();
        solo.close();
        server.close();
    }

    @Test
    @Order(1)
    void publishingSendsOneSignedCreatePerInboxAndTheBlogsAnnounce() {
        postId = admin.compose("note", "publish", "body", "First crossing.");
        await(() -> shared.received("Create").size() == 1
                && solo.received("Create").size() == 1
                && solo.received("Announce").size() == 1);
        settle(server);

        assertThat(shared.received()).hasSize(1);
        var create = shared.received().get(0);
        assertThat(create.path()).isEqualTo("/inbox");
        assertThat(create.signer()).isEqualTo(create.activity().path("actor").asText());
        assertThat(create.activity().path("object").path("content").asText()).contains("First crossing.");
        assertThat(create.activity().path("id").asText()).isEqualTo(server.url("/posts/" + postId + "/activity"));

        assertThat(solo.received()).hasSize(2);
        var announce = solo.received("Announce").get(0);
        assertThat(announce.path()).isEqualTo("/users/cy/inbox");
        assertThat(announce.signer())
                .isEqualTo(announce.activity().path("actor").asText());
        assertThat(announce.signer()).isNotEqualTo(create.signer());
        assertThat(announce.activity().path("object").asText()).isEqualTo(server.url("/posts/" + postId));
        assertThat(shared.refused()).isEmpty();
        assertThat(solo.refused()).isEmpty();
    }

    @Test
    @Order(2)
    void threeRapidEditsArriveAsOneUpdateWithTheLastText() {
        for (String text : new String[] {"Second thought.", "Third thought.", "Final thought."}) {
            var edit = admin.get("/admin/posts/" + postId + "/edit");
            var saved = admin.postForm(
                    "/admin/posts/" + postId,
                    form("_csrf", edit.csrf(), "kind", "note", "action", "publish", "body", text));
            assertThat(saved.status()).isEqualTo(303);
        }
        await(() ->
                shared.received("Update").size() >= 1 && solo.received("Update").size() >= 1);
        settle(server);

        assertThat(shared.received("Update")).hasSize(1);
        var update = shared.received("Update").get(0);
        assertThat(update.activity().path("object").path("content").asText()).contains("Final thought.");
        assertThat(update.signer()).isEqualTo(update.activity().path("actor").asText());
        // The blog's follower saw the post through the Announce, so it gets the edit too, once.
        assertThat(solo.received("Update")).hasSize(1);
    }

    @Test
    @Order(3)
    void deletingSendsADeleteWithATombstone() {
        var edit = admin.get("/admin/posts/" + postId + "/edit");
        admin.postForm("/admin/posts/" + postId + "/delete", form("_csrf", edit.csrf()));
        await(() ->
                shared.received("Delete").size() == 1 && solo.received("Delete").size() == 1);
        settle(server);

        var delete = shared.received("Delete").get(0);
        assertThat(shared.received("Delete")).hasSize(1);
        assertThat(solo.received("Delete")).hasSize(1);
        assertThat(delete.activity().path("object").path("type").asText()).isEqualTo("Tombstone");
        assertThat(delete.activity().path("object").path("id").asText()).isEqualTo(server.url("/posts/" + postId));
        assertThat(delete.activity().path("to").toString()).contains("https://www.w3.org/ns/activitystreams#Public");
        assertThat(delete.signer()).isEqualTo(delete.activity().path("actor").asText());
    }

    /** Waits for what is expected (anything unexpected: {@link #settle}). */
    static void await(BooleanSupplier condition) {
        Eventually.within(Duration.ofSeconds(30), "deliveries", condition);
    }

    /** Runs the due jobs once, so duplicate deliveries, if there were any, have arrived. */
    static void settle(KakehashiServer server) {
        server.runDueJobs();
    }
}
