package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author edits the profile from an app ({@code update_credentials}, multipart as apps send it):
 * header, profile fields, bot, discoverable, posting defaults and {@code locked}. The account, the
 * actor document and a real Fedify follower (through an {@code Update} of the actor) all show it;
 * bad input is refused whole.
 */
class MastodonProfileIT {
    static final Duration PATIENCE = AppAuthor.PATIENCE;
    static FedifyPeer peer;
    static AppAuthor pro;
    static KakehashiServer server;
    static LiveTables tables;
    static MastodonApi http;
    static String token;
    static String ren;
    static String authorActor;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        pro = AppAuthor.start("Profile IT", "pro", "pro-password-1");
        server = pro.server;
        tables = pro.tables;
        http = pro.http;
        token = pro.token;
        authorActor = pro.actor;
        ren = pro.addAuthor("ren", "ren-password-1");
        pro.followedBy(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (pro != null) pro.close();
    }

    @BeforeEach
    void forget() {
        peer.reset();
    }

    static MastodonApi.Answer patch(String tok, Map<String, Object> parts) {
        MultipartBody body = MultipartBody.of(parts);
        return http.send(http.request("/api/v1/accounts/update_credentials", tok)
                .header("Content-Type", body.contentType())
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    static JsonNode me() {
        return http.get("/api/v1/accounts/verify_credentials", token).json();
    }

    @Test
    void fieldsHeaderFlagsAndDefaultsShowInTheAccountTheActorAndAtTheFollower() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("fields_attributes[0][name]", "Site");
        parts.put("fields_attributes[0][value]", "https://example.org/me");
        parts.put("fields_attributes[1][name]", "Pronouns");
        parts.put("fields_attributes[1][value]", "they/them <3");
        parts.put("fields_attributes[2][name]", "");
        parts.put("fields_attributes[2][value]", "");
        parts.put("bot", "1");
        parts.put("discoverable", "false");
        parts.put("source[privacy]", "unlisted");
        parts.put("source[sensitive]", "true");
        parts.put("source[language]", "ja");
        parts.put("header", new WebClient.FilePart("header.png", "image/png", MastodonMediaIT.png(300)));
        MastodonApi.Answer changed = patch(token, parts);
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);

        for (JsonNode a : new JsonNode[] {changed.json(), me()}) {
            assertThat(a.get("fields")).hasSize(2);
            assertThat(a.get("fields").get(0).get("name").asText()).isEqualTo("Site");
            assertThat(a.get("fields").get(0).get("value").asText()).contains("<a href=\"https://example.org/me\"");
            assertThat(a.get("fields").get(1).get("value").asText()).isEqualTo("they/them &lt;3");
            assertThat(a.get("source").get("fields").get(1).get("value").asText())
                    .isEqualTo("they/them <3");
            assertThat(a.get("bot").asBoolean()).isTrue();
            assertThat(a.get("discoverable").asBoolean()).isFalse();
            assertThat(a.get("header").asText()).startsWith(server.baseUrl()).doesNotContain("header-missing");
            assertThat(a.get("source").get("privacy").asText()).isEqualTo("unlisted");
            assertThat(a.get("source").get("sensitive").asBoolean()).isTrue();
            assertThat(a.get("source").get("language").asText()).isEqualTo("ja");
        }
        String id = me().get("id").asText();
        assertThat(http.get("/api/v1/accounts/" + id, null).json().get("fields"))
                .hasSize(2);

        JsonNode actor = new ApJsonClient(server).json(authorActor);
        assertThat(actor.get("type").asText()).isEqualTo("Service");
        assertThat(actor.get("discoverable").asBoolean()).isFalse();
        assertThat(actor.get("image").get("url").asText())
                .isEqualTo(me().get("header").asText());
        assertThat(actor.get("attachment").toString())
                .contains("\"type\":\"PropertyValue\"")
                .contains("\"name\":\"Pronouns\"")
                .contains("they/them &lt;3");

        // The Update that carries this change: an earlier test's Update of the same actor may
        // still be on its way when this one starts.
        JsonNode update = peer.awaitReceived(
                        a -> "Update".equals(a.get("type").asText())
                                && authorActor.equals(a.get("actor").asText())
                                && a.path("activity")
                                        .path("object")
                                        .path("attachment")
                                        .toString()
                                        .contains("Pronouns"),
                        PATIENCE)
                .get("activity");
        JsonNode person = update.get("object");
        assertThat(person.get("id").asText()).isEqualTo(authorActor);
        assertThat(person.get("type").asText()).isEqualTo("Service");
        assertThat(person.get("attachment").toString()).contains("Pronouns").contains("example.org/me");

        // Fields sent again replace the old ones; leaving them out keeps them.
        MastodonApi.Answer one = http.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/json",
                "{\"fields_attributes\":[{\"name\":\"Only\",\"value\":\"this\"}],\"bot\":false}");
        assertThat(one.status()).as(one.raw().body()).isEqualTo(200);
        assertThat(one.json().get("fields")).hasSize(1);
        assertThat(one.json().get("bot").asBoolean()).isFalse();
        MastodonApi.Answer nameOnly = http.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/x-www-form-urlencoded",
                "display_name=Pro+again");
        assertThat(nameOnly.json().get("fields").get(0).get("name").asText()).isEqualTo("Only");
        assertThat(nameOnly.json().get("source").get("privacy").asText()).isEqualTo("unlisted");
    }

    @Test
    void lockedIsTheBlogsApprovalOfFollowersAndOnlyAnAdminChangesIt() {
        MastodonApi.Answer refused = http.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                ren,
                "application/json",
                "{\"locked\":true,\"display_name\":\"Ren locked\"}");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isNotBlank();
        assertThat(http.get("/api/v1/accounts/verify_credentials", ren)
                        .json()
                        .get("display_name")
                        .asText())
                .as("nothing of a refused change is stored")
                .isEqualTo("Ren");

        MastodonApi.Answer locked = http.method(
                "PATCH", "/api/v1/accounts/update_credentials", token, "application/json", "{\"locked\":true}");
        assertThat(locked.status()).as(locked.raw().body()).isEqualTo(200);
        assertThat(locked.json().get("locked").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/accounts/verify_credentials", ren)
                        .json()
                        .get("locked")
                        .asBoolean())
                .isTrue();
        assertThat(new ApJsonClient(server)
                        .json(authorActor)
                        .get("manuallyApprovesFollowers")
                        .asBoolean())
                .isTrue();
        // The same value from another author changes nothing, so it is allowed.
        assertThat(http.method(
                                "PATCH",
                                "/api/v1/accounts/update_credentials",
                                ren,
                                "application/json",
                                "{\"locked\":true}")
                        .status())
                .isEqualTo(200);
        http.method("PATCH", "/api/v1/accounts/update_credentials", token, "application/json", "{\"locked\":false}");
        assertThat(me().get("locked").asBoolean()).isFalse();
    }

    @Test
    void badProfileInputIsRefusedWholeWith422() {
        String before = me().toString();
        StringBuilder five = new StringBuilder("{\"fields_attributes\":[");
        for (int i = 0; i < 5; i++) {
            five.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\",\"value\":\"v\"}");
        }
        five.append("],\"display_name\":\"Changed\"}");
        for (String body : new String[] {
            five.toString(),
            "{\"fields_attributes\":[{\"name\":\"" + "x".repeat(256) + "\",\"value\":\"v\"}]}",
            "{\"source\":{\"privacy\":\"everyone\"}}",
            "{\"source\":{\"language\":\"english!\"}}"
        }) {
            MastodonApi.Answer a =
                    http.method("PATCH", "/api/v1/accounts/update_credentials", token, "application/json", body);
            assertThat(a.status()).as(body + " -> " + a.raw().body()).isEqualTo(422);
            assertThat(a.json().get("error").asText()).isNotBlank();
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("source[privacy]", "nobody");
        parts.put("header", new WebClient.FilePart("header.png", "image/png", MastodonMediaIT.png(120)));
        long media = tables.count("select count(*) from media");
        assertThat(patch(token, parts).status()).isEqualTo(422);
        assertThat(tables.count("select count(*) from media"))
                .as("no stray header")
                .isEqualTo(media);
        assertThat(me().toString()).isEqualTo(before);
    }
}
