package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Remote actors changing: a follower who moves to a new account (FEP-7628) keeps following through
 * it only when the new account names the old one in alsoKnownAs; an Update of a Person refreshes
 * the cached profile; and our own actors list their former accounts for the other direction.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MoveIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static ApJsonClient ap;
    static SigningPeer old; // mastodon.example in the fixture
    static SigningPeer home; // newhome.example in the fixture
    static URI inbox;
    static String oldAlice;
    static String newAlice;

    @BeforeAll
    static void start() throws Exception {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Move IT", "mia", "mia-password-1");
        ap = new ApJsonClient(server);
        inbox = URI.create(server.url("/actors/blog/inbox"));
        old = new SigningPeer();
        oldAlice = old.actor("alice");
        old.actor("erin");
        home = new SigningPeer();
        newAlice = MovePeers.findable(home, "alice");

        assertThat(old.post(inbox, follow(oldAlice), old.keyOf(oldAlice)).statusCode())
                .isEqualTo(202);
        Eventually.await(() -> follows(oldAlice) == 1);
    }

    @AfterAll
    static void stop() {
        if (old != null) old.close();
        if (home != null) home.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void aMoveToAnAccountThatDoesNotNameTheOldOneIsRejectedAndChangesNothing() throws Exception {
        String move = move("17");

        assertThat(old.post(inbox, move, old.keyOf(oldAlice)).statusCode()).isEqualTo(202);

        String id = JSON.readTree(move).path("id").asText();
        Eventually.await(() -> "REJECTED".equals(state(id)));
        assertThat(tables.text("select last_error from inbox_activity where activity_id = ?", id))
                .contains("alsoKnownAs");
        assertThat(follows(oldAlice)).isEqualTo(1);
        assertThat(follows(newAlice)).isZero();
    }

    @Test
    @Order(2)
    void aMoveToAnAccountThatNamesTheOldOneMovesTheFollowAndItsDeliveries() throws Exception {
        home.updateActor(newAlice, doc -> doc.putArray("alsoKnownAs").add(oldAlice));

        assertThat(old.post(inbox, move("18"), old.keyOf(oldAlice)).statusCode())
                .isEqualTo(202);

        Eventually.await(() -> follows(newAlice) == 1);
        assertThat(follows(oldAlice)).isZero();
        assertThat(tables.text("select remote_inbox from follower where remote_actor_uri = ?", newAlice))
                .isEqualTo(newAlice + "/inbox");
        assertThat(ap.json("/actors/blog/followers?page=1").path("orderedItems").toString())
                .contains(newAlice)
                .doesNotContain(oldAlice);

        admin.compose("note", "publish", "body", "Hello to the new home.");
        Eventually.await(() -> MovePeers.inboxPosts(home, "alice") > 0);
    }

    @Test
    @Order(3)
    void aMoveSignedBySomeoneElseIsRejected() throws Exception {
        ObjectNode forged = (ObjectNode) JSON.readTree(move("19"));
        forged.put("actor", old.actorId("erin"));
        assertThat(old.post(inbox, forged.toString(), old.keyOf(old.actorId("erin")))
                        .statusCode())
                .isEqualTo(202);
        Eventually.await(() -> "REJECTED".equals(state(forged.path("id").asText())));
        assertThat(follows(newAlice)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void anUpdateOfThePersonRefreshesTheCachedProfile() throws Exception {
        String erin = old.actorId("erin");
        assertThat(tables.count("select count(*) from remote_actor where uri = ?", erin))
                .isEqualTo(1);
        old.updateActor(erin, doc -> doc.put("name", "Erin, renamed"));
        ObjectNode update = JSON.createObjectNode();
        update.put("@context", "https://www.w3.org/ns/activitystreams");
        update.put("id", erin + "#updates/1");
        update.put("type", "Update");
        update.put("actor", erin);
        update.set("object", JSON.readTree("{\"id\":\"" + erin + "\",\"type\":\"Person\"}"));

        assertThat(old.post(inbox, update.toString(), old.keyOf(erin)).statusCode())
                .isEqualTo(202);

        Eventually.await(
                () -> "Erin, renamed".equals(tables.text("select name from remote_actor where uri = ?", erin)));
    }

    @Test
    @Order(5)
    void formerAccountsTypedInTheProfileAppearAsAlsoKnownAs() {
        String authorActor = "/actors/" + tables.text("select id from account where username = ?", "mia");
        String csrf = admin.get("/admin/profile").csrf();

        var saved = admin.postForm(
                "/admin/profile/aliases",
                form("_csrf", csrf, "alsoKnownAs", "https://old.example/users/mia\n@alice@" + home.remote.authority()));

        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        JsonNode person = ap.json(authorActor);
        assertThat(person.path("alsoKnownAs").toString())
                .isEqualTo("[\"https://old.example/users/mia\",\"" + newAlice + "\"]");
        assertThat(admin.get("/admin/profile")
                        .html()
                        .selectFirst("textarea[name=alsoKnownAs]")
                        .text())
                .contains("https://old.example/users/mia");
    }

    @Test
    @Order(6)
    void formerAccountsOfTheBlogAppearOnTheBlogActor() {
        String csrf = admin.get("/admin/settings").csrf();

        var saved = admin.postForm(
                "/admin/settings/aliases", form("_csrf", csrf, "alsoKnownAs", "https://old.example/users/journal"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(ap.json("/actors/blog").path("alsoKnownAs").toString())
                .isEqualTo("[\"https://old.example/users/journal\"]");
    }

    @Test
    @Order(7)
    void aFormerAccountThatIsNotAnHttpsUrlOrHandleIsRefusedAndNothingChanges() {
        String authorActor = "/actors/" + tables.text("select id from account where username = ?", "mia");
        String csrf = admin.get("/admin/profile").csrf();

        var refused = admin.postForm(
                "/admin/profile/aliases",
                form("_csrf", csrf, "alsoKnownAs", "https://old.example/users/mia\nhttp://plain.example/users/mia"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#aliases .field-error").text()).contains("http://plain.example");
        assertThat(refused.html().selectFirst("textarea[name=alsoKnownAs]").text())
                .contains("http://plain.example/users/mia");
        assertThat(ap.json(authorActor).path("alsoKnownAs")).hasSize(2);
    }

    private static String move(String n) {
        return old.remote
                .fixture("mastodon.example/activities/move.json")
                .replace("https://newhome.example", home.remote.origin())
                .replace("#moves/17", "#moves/" + n);
    }

    private static String follow(String actor) {
        ObjectNode f = JSON.createObjectNode();
        f.put("@context", "https://www.w3.org/ns/activitystreams");
        f.put("id", actor + "/follows/1");
        f.put("type", "Follow");
        f.put("actor", actor);
        f.put("object", server.url("/actors/blog"));
        return f.toString();
    }

    private static long follows(String actor) {
        return tables.count("select count(*) from follower where remote_actor_uri = ?", actor);
    }

    private static String state(String activityId) {
        return tables.text("select state from inbox_activity where activity_id = ?", activityId);
    }
}
