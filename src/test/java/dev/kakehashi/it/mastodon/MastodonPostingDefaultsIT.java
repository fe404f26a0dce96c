package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The posting defaults an author sets from an app ({@code source[privacy]}, {@code source[sensitive]},
 * {@code source[language]}) are what a status naming none of them gets, in the API and at a real
 * Fedify follower; a status naming them keeps its own; the admin's compose form preselects the
 * default visibility.
 */
class MastodonPostingDefaultsIT {
    static final Duration PATIENCE = AppAuthor.PATIENCE;
    static FedifyPeer peer;
    static AppAuthor author;
    static MastodonApi http;
    static String token;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        author = AppAuthor.start("Defaults IT", "dee", "dee-password-1");
        http = author.http;
        token = author.token;
        author.followedBy(peer);
        MastodonApi.Answer set = http.method(
                "PATCH",
                "/api/v1/accounts/update_credentials",
                token,
                "application/x-www-form-urlencoded",
                "source%5Bprivacy%5D=private&source%5Bsensitive%5D=true&source%5Blanguage%5D=ja");
        assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (author != null) author.close();
    }

    static JsonNode delivered(String statusUri) {
        return peer.awaitReceived(
                        a -> "Create".equals(a.path("activity").path("type").asText())
                                && statusUri.equals(a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()),
                        PATIENCE)
                .get("activity")
                .get("object");
    }

    @Test
    void aStatusNamingNothingTakesTheAuthorsDefaultsAndSoDoesItsNote() {
        JsonNode prefs = http.get("/api/v1/preferences", token).json();
        assertThat(prefs.get("posting:default:visibility").asText()).isEqualTo("private");
        assertThat(prefs.get("posting:default:sensitive").asBoolean()).isTrue();
        assertThat(prefs.get("posting:default:language").asText()).isEqualTo("ja");

        MastodonApi.Answer posted = http.postJson("/api/v1/statuses", token, Map.of("status", "Defaults apply"));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(200);
        JsonNode status = posted.json();
        assertThat(status.get("visibility").asText()).isEqualTo("private");
        assertThat(status.get("sensitive").asBoolean()).isTrue();
        assertThat(status.get("language").asText()).isEqualTo("ja");
        JsonNode shown =
                http.get("/api/v1/statuses/" + status.get("id").asText(), token).json();
        assertThat(shown.get("visibility").asText()).isEqualTo("private");
        assertThat(shown.get("sensitive").asBoolean()).isTrue();
        assertThat(shown.get("language").asText()).isEqualTo("ja");

        JsonNode note = delivered(status.get("uri").asText());
        assertThat(note.get("to").toString()).doesNotContain("https://www.w3.org/ns/activitystreams#Public");
        assertThat(note.get("cc").toString()).doesNotContain("https://www.w3.org/ns/activitystreams#Public");
        assertThat(note.get("sensitive").asBoolean()).isTrue();
        assertThat(note.get("contentMap").has("ja")).as(note.toString()).isTrue();
        assertThat(http.get("/api/v1/timelines/public?local=true", null).json().toString())
                .as("a followers-only status is on no public timeline")
                .doesNotContain("Defaults apply");
    }

    @Test
    void aStatusNamingItsOwnKeepsThem() {
        MastodonApi.Answer posted = http.postForm(
                "/api/v1/statuses",
                token,
                Map.of("status", "Own choices", "visibility", "public", "sensitive", "0", "language", "EN"));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(200);
        JsonNode status = posted.json();
        assertThat(status.get("visibility").asText()).isEqualTo("public");
        assertThat(status.get("sensitive").asBoolean()).isFalse();
        assertThat(status.get("language").asText()).isEqualTo("en");

        JsonNode note = delivered(status.get("uri").asText());
        assertThat(note.get("to").toString()).contains("https://www.w3.org/ns/activitystreams#Public");
        assertThat(note.get("sensitive").asBoolean()).isFalse();
        assertThat(note.get("contentMap").has("en")).as(note.toString()).isTrue();
    }

    @Test
    void aLanguageThatIsNoCodeIsRefusedAndNothingIsStored() {
        long before = author.tables.count("select count(*) from post");
        MastodonApi.Answer refused =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Bad language", "language", "klingon-ish"));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.json().get("error").asText()).contains("Language");
        assertThat(author.tables.count("select count(*) from post")).isEqualTo(before);
    }

    @Test
    void theComposeFormPreselectsTheDefaultVisibility() {
        WebClient.Page compose = author.admin.get("/admin/posts/new?kind=note");
        assertThat(compose.status()).isEqualTo(200);
        assertThat(compose.html().select("#visibility option[selected]").attr("value"))
                .isEqualTo("private");
    }
}
