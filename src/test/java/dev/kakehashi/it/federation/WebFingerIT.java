package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discovery as Mastodon does it: actor → preferredUsername@authority → WebFinger → the same actor. */
class WebFingerIT {
    static KakehashiServer server;
    static WebClient admin;
    static ApJsonClient peer;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Finger IT", "hana", "hana-password-1");
        peer = new ApJsonClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void setMode(String mode, String handle) {
        var page = admin.get("/admin/settings");
        var saved = admin.postForm(
                "/admin/settings/federation",
                form("_csrf", page.csrf(), "actorMode", mode, "blogHandle", handle, "articleFormat", "NOTE"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
    }

    /** Mastodon's check_webfinger!: the subject names the actor's username and self is its id. */
    static void assertRoundTrip(String actorPath) {
        JsonNode actor = peer.json(actorPath);
        String acct = "acct:" + actor.get("preferredUsername").asText() + "@" + peer.authority();
        assertThat(actor.get("webfinger").asText()).isEqualTo(acct.substring(5));
        var answer = peer.webfinger(acct);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/jrd+json");
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode jrd = ApJsonClient.parse(answer.body());
        assertThat(jrd.get("subject").asText()).isEqualToIgnoringCase(acct);
        JsonNode self = null;
        for (JsonNode link : jrd.get("links")) {
            if (link.get("rel").asText().equals("self")) {
                self = link;
            }
        }
        assertThat(self).as(answer.body()).isNotNull();
        assertThat(self.get("type").asText()).isEqualTo("application/activity+json");
        assertThat(self.get("href").asText()).isEqualTo(actor.get("id").asText());
    }

    @Test
    void authorAndBlogRoundTripInEveryMode() {
        try {
            assertRoundTrip("/@hana");
            assertRoundTrip("/actors/blog");

            setMode("BLOG", "blog");
            assertRoundTrip("/actors/blog");
            assertThat(peer.webfinger("acct:hana@" + peer.authority()).status()).isEqualTo(404);
            assertThat(peer.get("/@hana").status()).isEqualTo(404);

            setMode("AUTHORS", "blog");
            assertRoundTrip("/@hana");
            assertThat(peer.webfinger("acct:blog@" + peer.authority()).status()).isEqualTo(404);
            assertThat(peer.get("/actors/blog").status()).isEqualTo(404);

            setMode("BOTH", "journal");
            assertRoundTrip("/actors/blog");
            assertThat(peer.json("/actors/blog").get("preferredUsername").asText())
                    .isEqualTo("journal");
            assertThat(peer.webfinger("acct:blog@" + peer.authority()).status()).isEqualTo(404);
        } finally {
            setMode("BOTH", "blog");
        }
    }

    @Test
    void aPercentEncodedResourceAndActorUrlsResolveToo() {
        String actorId = peer.json("/@hana").get("id").asText();
        String raw = "/.well-known/webfinger?resource=acct%3Ahana%40"
                + peer.authority().replace(":", "%3A");
        var encoded = new WebClient(server).get(raw, "application/jrd+json");
        assertThat(encoded.status()).isEqualTo(200);
        assertThat(encoded.body()).contains(actorId);
        assertThat(peer.webfinger(actorId).body()).contains("\"subject\":\"acct:hana@" + peer.authority() + "\"");
        assertThat(peer.webfinger(server.url("/@hana")).status()).isEqualTo(200);
        // Mastodon sends the resource unencoded: the raw form must work as well.
        var unencoded = new WebClient(server)
                .get("/.well-known/webfinger?resource=acct:hana@" + peer.authority(), "application/jrd+json");
        assertThat(unencoded.status()).isEqualTo(200);
    }

    @Test
    void theSubscribeTemplateAndProfilePageAreAdvertised() {
        JsonNode jrd = ApJsonClient.parse(
                peer.webfinger("acct:hana@" + peer.authority()).body());
        assertThat(jrd.toString())
                .contains(server.url("/authorize_interaction?uri={uri}"))
                .contains("http://webfinger.net/rel/profile-page")
                .contains(server.url("/@hana"));
        var interact = new WebClient(server).get("/authorize_interaction?uri=" + server.url("/@hana"));
        assertThat(interact.status()).isEqualTo(303);
        assertThat(interact.header("Location")).isEqualTo(server.url("/@hana"));
        assertThat(new WebClient(server).get("/authorize_interaction").status()).isEqualTo(400);
    }

    @Test
    void missingUnknownAndDeletedResourcesGetTheirOwnStatus() {
        assertThat(new WebClient(server)
                        .get("/.well-known/webfinger", "application/jrd+json")
                        .status())
                .isEqualTo(400);
        assertThat(peer.webfinger("acct:nobody@" + peer.authority()).status()).isEqualTo(404);
        assertThat(peer.webfinger("acct:hana@elsewhere.example").status()).isEqualTo(404);
        String id = admin.compose("note", "publish", "body", "Soon gone");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        admin.postForm("/admin/posts/" + id + "/delete", form("_csrf", edit.csrf()));
        var gone = peer.webfinger(server.url("/posts/" + id));
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void aHiddenPostsUrlIsUnknownLiveOrDeleted() {
        for (String visibility : new String[] {"private", "direct"}) {
            String id = admin.compose("note", "publish", "body", "Not for strangers", "visibility", visibility);
            var live = peer.webfinger(server.url("/posts/" + id));
            assertThat(live.status()).as(visibility).isEqualTo(404);
            var edit = admin.get("/admin/posts/" + id + "/edit");
            admin.postForm("/admin/posts/" + id + "/delete", form("_csrf", edit.csrf()));
            var deleted = peer.webfinger(server.url("/posts/" + id));
            assertThat(deleted.status()).as(visibility).isEqualTo(404);
            assertThat(deleted.body()).isEqualTo(live.body());
        }
        // A public post's URL answers as before: unknown while live (it is no account), gone once deleted.
        String id = admin.compose("note", "publish", "body", "For everyone");
        assertThat(peer.webfinger(server.url("/posts/" + id)).status()).isEqualTo(404);
        var edit = admin.get("/admin/posts/" + id + "/edit");
        admin.postForm("/admin/posts/" + id + "/delete", form("_csrf", edit.csrf()));
        assertThat(peer.webfinger(server.url("/posts/" + id)).status()).isEqualTo(410);
    }

    @Test
    void theBlogHandleCannotBeAnAuthorsUsernameOrMalformed() {
        var page = admin.get("/admin/settings");
        var taken = admin.postForm(
                "/admin/settings/federation",
                form("_csrf", page.csrf(), "actorMode", "BOTH", "blogHandle", "hana", "articleFormat", "NOTE"));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.html().select(".field-error").text()).contains("An author already has this username");
        var malformed = admin.postForm(
                "/admin/settings/federation",
                form("_csrf", page.csrf(), "actorMode", "BOTH", "blogHandle", "my blog!", "articleFormat", "NOTE"));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(peer.json("/actors/blog").get("preferredUsername").asText()).isEqualTo("blog");
    }

    @Test
    void noAuthorMayTakeTheBlogsHandle() {
        var page = admin.get("/admin/authors");
        var answer = admin.postForm(
                "/admin/authors",
                form(
                        "_csrf", page.csrf(),
                        "username", "Blog",
                        "email", "blog@example.com",
                        "displayName", "Blog",
                        "password", "blog-password-1",
                        "role", "author"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText())
                .contains("This username is the blog's fediverse handle");
        assertThat(peer.json("/actors/blog").get("type").asText()).isEqualTo("Group");
    }

    @Test
    void hostMetaPointsAtWebFingerInXmlAndJson() {
        var xml = new WebClient(server).get("/.well-known/host-meta", "application/xrd+xml");
        assertThat(xml.header("Content-Type")).startsWith("application/xrd+xml");
        assertThat(xml.body()).contains("template=\"" + server.url("/.well-known/webfinger?resource={uri}") + "\"");
        var json = new WebClient(server).get("/.well-known/host-meta.json", "application/json");
        assertThat(ApJsonClient.parse(json.body())
                        .get("links")
                        .get(0)
                        .get("template")
                        .asText())
                .isEqualTo(server.url("/.well-known/webfinger?resource={uri}"));
    }
}
