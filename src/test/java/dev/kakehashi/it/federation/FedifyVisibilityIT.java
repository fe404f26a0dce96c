package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real Fedify servers: one follows the author, the other is only mentioned. The follower gets
 * followers-only posts addressed to the followers collection alone (and their Delete alike); the
 * direct post reaches the mentioned server only, addressed to its actor only.
 */
class FedifyVisibilityIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static KakehashiServer server;
    static WebClient admin;
    static FedifyPeer follower;
    static FedifyPeer mentioned;
    static String authorActor;

    @BeforeAll
    static void start() {
        follower = FedifyPeer.start();
        mentioned = FedifyPeer.start();
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Fedify Visibility IT", "fay", "fay-password-1");
        String first = admin.compose("note", "publish", "body", "Before anyone follows");
        authorActor = new ApJsonClient(server)
                .json("/posts/" + first)
                .path("attributedTo")
                .asText();
        follower.follow(authorActor);
        follower.awaitReceived(a -> "Accept".equals(a.path("type").asText()), PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (follower != null) follower.close();
        if (mentioned != null) mentioned.close();
        if (server != null) server.close();
    }

    static JsonNode arrived(FedifyPeer peer, String type, String postId) {
        String object = server.url("/posts/" + postId);
        return peer.awaitReceived(
                        a -> type.equals(a.path("type").asText())
                                && a.path("activity").path("object").toString().contains(object),
                        PATIENCE)
                .path("activity");
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void theFollowerGetsTheFollowersOnlyPostAndItsDeleteAddressedToTheFollowersOnly() {
        String id = admin.compose("note", "publish", "body", "Only for my followers", "visibility", "private");
        JsonNode create = arrived(follower, "Create", id);
        assertThat(strings(create.path("to"))).containsExactly(authorActor + "/followers");
        assertThat(strings(create.path("cc"))).doesNotContain(PUBLIC);
        assertThat(strings(create.path("object").path("to"))).containsExactly(authorActor + "/followers");
        assertThat(strings(create.path("object").path("cc"))).doesNotContain(PUBLIC);
        assertThat(create.path("object").path("content").asText()).contains("Only for my followers");

        WebClient.Page confirm = admin.get("/admin/posts/" + id + "/delete");
        admin.postForm("/admin/posts/" + id + "/delete", WebClient.form("_csrf", confirm.csrf()));
        JsonNode delete = arrived(follower, "Delete", id);
        assertThat(strings(delete.path("to"))).containsExactly(authorActor + "/followers");
        assertThat(delete.toString()).doesNotContain(PUBLIC);
        assertThat(follower.rejected()).as("Fedify verified everything").isEmpty();
    }

    @Test
    void theUnlistedPostReachesTheFollowerWithPublicInCc() {
        String id = admin.compose("note", "publish", "body", "Quietly public", "visibility", "unlisted");
        JsonNode create = arrived(follower, "Create", id);
        assertThat(strings(create.path("to"))).containsExactly(authorActor + "/followers");
        assertThat(strings(create.path("cc"))).contains(PUBLIC);
    }

    @Test
    void theDirectPostReachesOnlyTheMentionedServer() {
        String id = admin.compose(
                "note", "publish", "body", "Just between us @" + mentioned.acct(), "visibility", "direct");
        JsonNode create = arrived(mentioned, "Create", id);
        assertThat(strings(create.path("to"))).containsExactly(mentioned.actorUrl());
        assertThat(strings(create.path("cc"))).isEmpty();
        assertThat(create.toString()).doesNotContain(PUBLIC).doesNotContain(authorActor + "/followers");
        assertThat(create.path("object").path("tag").toString()).contains(mentioned.actorUrl());

        // Everything due has run; the follower, not mentioned, got nothing of it.
        server.runDueJobs();
        String object = server.url("/posts/" + id);
        assertThat(follower.received())
                .noneMatch(a -> a.path("activity").path("object").toString().contains(object));
    }
}
