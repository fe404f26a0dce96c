package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @user@host} in a post: resolved with WebFinger when it is saved, linked in the HTML as
 * Mastodon links it, tagged and addressed in the federated object, and delivered (signed) to the
 * mentioned person's own inbox though they follow nobody here. Edits and the deletion follow.
 */
class MentionsIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static KakehashiServer server;
    static WebClient ann;
    static FakeRemote remote;
    static Receiver inboxes;
    static String bob;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        ann = new WebClient(server).setUpAndLogIn("Mentions IT", "ann", "ann-password-1");
        inboxes = Receiver.start();
        remote = FakeRemote.start();
        bob = remote.origin() + "/users/bob";
        // A Mastodon-like account without a shared inbox, whose inbox is the receiver.
        remote.serve(
                "/users/bob",
                200,
                FakeRemote.ACTIVITY_JSON,
                "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + bob + "\",\"type\":\"Person\","
                        + "\"preferredUsername\":\"bob\",\"url\":\"" + remote.origin() + "/@bob\",\"inbox\":\""
                        + inboxes.url("/users/bob/inbox") + "\"}");
        String jrd = "{\"subject\":\"acct:bob@" + remote.authority() + "\",\"links\":[{\"rel\":\"self\","
                + "\"type\":\"application/activity+json\",\"href\":\"" + bob + "\"}]}";
        remote.serve(
                "/.well-known/webfinger?resource=acct:bob@" + remote.authority(), 200, "application/jrd+json", jrd);
        // A sloppy server that answers bob's JRD whoever is asked for: only bob may become bob.
        remote.serve("/.well-known/webfinger", 200, "application/jrd+json", jrd);
    }

    @AfterAll
    static void stop() {
        remote.close();
        inboxes.close();
        server.close();
    }

    static void eventually(String what, BooleanSupplier condition) {
        Eventually.within(PATIENCE, what, condition);
    }

    static List<JsonNode> mentions(JsonNode object) {
        List<JsonNode> found = new ArrayList<>();
        object.path("tag").forEach(t -> {
            if (t.path("type").asText().equals("Mention")) {
                found.add(t);
            }
        });
        return found;
    }

    @Test
    void aMentionedRemoteActorGetsThePostItsEditAndItsDeletionAtTheirOwnInbox() {
        String handle = "@bob@" + remote.authority();
        String id = ann.compose(
                "note",
                "publish",
                "body",
                "Thanks " + handle + ", and @nobody@" + remote.authority() + " and @ann@" + server.authority()
                        + ". Not `" + handle + "` in code.");

        // The page: Mastodon's h-card link for bob, the local author linked, the unknown handle as text.
        var page = ann.get("/posts/" + id).html();
        Element link = page.selectFirst(".content span.h-card a.u-url.mention[href=" + remote.origin() + "/@bob]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("@bob");
        assertThat(page.selectFirst(".content a.mention[href=" + server.url("/@ann") + "]"))
                .isNotNull();
        assertThat(page.select(".content").text()).contains("@nobody@" + remote.authority());
        assertThat(page.select(".content a[href*=nobody]")).isEmpty();
        assertThat(page.select(".content code").text()).isEqualTo(handle);

        // The object: bob tagged and addressed; nobody is not.
        JsonNode note = new ApJsonClient(server).json("/posts/" + id);
        assertThat(mentions(note))
                .extracting(t -> t.path("href").asText())
                .contains(bob)
                .noneMatch(h -> h.contains("nobody"));
        JsonNode bobTag = mentions(note).stream()
                .filter(t -> t.path("href").asText().equals(bob))
                .findFirst()
                .orElseThrow();
        assertThat(bobTag.path("name").asText()).isEqualTo(handle);
        assertThat(note.path("cc").toString()).contains("\"" + bob + "\"");

        // The Create arrives at bob's personal inbox, signed by ann's actor.
        eventually("bob receives the Create", () -> !inboxes.received("Create").isEmpty());
        Receiver.Delivery create = inboxes.received("Create").get(0);
        assertThat(create.path()).isEqualTo("/users/bob/inbox");
        assertThat(create.signer()).isEqualTo(note.path("attributedTo").asText());
        assertThat(create.activity().path("cc").toString()).contains("\"" + bob + "\"");
        assertThat(mentions(create.activity().path("object")))
                .extracting(t -> t.path("href").asText())
                .contains(bob);
        assertThat(create.activity().path("object").path("content").asText()).contains("class=\"u-url mention\"");

        // An edit reaches bob too; so does the deletion.
        var edit = ann.get("/admin/posts/" + id + "/edit");
        ann.postForm(
                "/admin/posts/" + id,
                form("_csrf", edit.csrf(), "kind", "note", "action", "publish", "body", "Edited, " + handle));
        eventually("bob receives the Update", () -> !inboxes.received("Update").isEmpty());
        ann.postForm(
                "/admin/posts/" + id + "/delete",
                form("_csrf", ann.get("/admin/posts/" + id + "/edit").csrf()));
        eventually("bob receives the Delete", () -> !inboxes.received("Delete").isEmpty());
        assertThat(inboxes.received("Delete").get(0).activity().path("cc").toString())
                .contains("\"" + bob + "\"");
        assertThat(inboxes.refused()).isEmpty();
    }

    @Test
    void aPostWhoseHandlesAllFailToResolveIsPublishedAsWritten() {
        String id = ann.compose(
                "note", "publish", "body", "Hello @ghost@" + remote.authority() + " and @x@unreachable.invalid");
        var page = ann.get("/posts/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".content").text())
                .contains("Hello @ghost@" + remote.authority() + " and @x@unreachable.invalid");
        assertThat(page.html().select(".content a.mention")).isEmpty();
        assertThat(mentions(new ApJsonClient(server).json("/posts/" + id))).isEmpty();
    }
}
