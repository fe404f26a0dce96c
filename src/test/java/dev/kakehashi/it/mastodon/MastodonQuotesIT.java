package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote posts (Mastodon 4.5): an app quotes a status with {@code quoted_status_id}, the status shows
 * the {@code quote}, and a real Fedify follower receives the quote properties Mastodon, Misskey and
 * Fedify read with the "RE:" fallback line; a quote of what the author cannot see or may not quote
 * is refused and stores nothing; a followed peer's quotes, in any of the three properties, show as
 * quotes at home.
 */
class MastodonQuotesIT {
    static final Duration PATIENCE = AppAuthor.PATIENCE;
    static FedifyPeer peer;
    static AppAuthor qin;
    static MastodonApi http;
    static String token;
    static String writer;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        qin = AppAuthor.start("Quotes IT", "qin", "qin-password-1");
        http = qin.http;
        token = qin.token;
        writer = qin.addAuthor("wen", "wen-password-1");
        qin.followedBy(peer);
        qin.followAccepted(peer);
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (qin != null) qin.close();
    }

    static JsonNode post(String asToken, Map<String, String> body) {
        MastodonApi.Answer a = http.postJson("/api/v1/statuses", asToken, body);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    @Test
    void anAppQuotesAStatusAndTheFollowerReceivesTheQuote() {
        JsonNode quoted = post(token, Map.of("status", "Worth quoting"));
        JsonNode quote = post(
                token,
                Map.of("status", "So true", "quoted_status_id", quoted.get("id").asText()));

        for (JsonNode s : List.of(
                quote,
                http.get("/api/v1/statuses/" + quote.get("id").asText(), token).json())) {
            assertThat(s.get("quote").get("state").asText()).isEqualTo("accepted");
            assertThat(s.get("quote").get("quoted_status").get("id").asText())
                    .isEqualTo(quoted.get("id").asText());
            assertThat(s.get("quote").get("quoted_status").get("content").asText())
                    .contains("Worth quoting");
        }
        assertThat(quoted.get("quote").isNull()).isTrue();

        String uri = quoted.get("uri").asText();
        JsonNode note = peer.awaitReceived(
                        a -> "Create".equals(a.path("activity").path("type").asText())
                                && quote.get("uri")
                                        .asText()
                                        .equals(a.path("activity")
                                                .path("object")
                                                .path("id")
                                                .asText()),
                        PATIENCE)
                .get("activity")
                .get("object");
        assertThat(note.get("quote").asText()).as(note.toString()).isEqualTo(uri);
        assertThat(note.get("_misskey_quote").asText()).isEqualTo(uri);
        assertThat(note.get("quoteUri").asText()).isEqualTo(uri);
        assertThat(note.get("quoteUrl").asText()).isEqualTo(uri);
        assertThat(note.get("content").asText()).contains("So true").contains("RE: <a href=\"" + uri + "\"");
        assertThat(note.has("quoteAuthorization"))
                .as("a self-quote needs no stamp")
                .isFalse();
    }

    @Test
    void aQuoteOfAnotherAuthorsPostIsAcceptedWithTheirStampForPeersToCheck() throws Exception {
        JsonNode quoted = post(token, Map.of("status", "Quote me, colleague"));
        JsonNode quote = post(
                writer,
                Map.of(
                        "status",
                        "Quoting a colleague",
                        "quoted_status_id",
                        quoted.get("id").asText()));
        assertThat(quote.get("quote").get("state").asText()).isEqualTo("accepted");

        JsonNode note = activityJson(quote.get("uri").asText());
        String stamp = note.get("quoteAuthorization").asText();
        assertThat(stamp).startsWith(quoted.get("uri").asText() + "/quote_authorizations/");
        JsonNode authorization = activityJson(stamp);
        assertThat(authorization.get("type").asText()).isEqualTo("QuoteAuthorization");
        assertThat(authorization.get("attributedTo").asText()).isEqualTo(qin.actor);
        assertThat(authorization.get("interactingObject").asText())
                .isEqualTo(quote.get("uri").asText());
        assertThat(authorization.get("interactionTarget").asText())
                .isEqualTo(quoted.get("uri").asText());
    }

    /** A URL of the blog as a peer fetches it (ActivityStreams). */
    static JsonNode activityJson(String url) throws Exception {
        WebClient.Page page =
                new WebClient(qin.server).get(url.substring(qin.server.url("").length()), "application/activity+json");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.body());
    }

    @Test
    void aQuoteOfWhatCannotBeSeenOrQuotedIsRefusedAndStoresNothing() {
        String hidden = post(writer, Map.of("status", "Only for my followers", "visibility", "private"))
                .get("id")
                .asText();
        String ownPrivate = post(token, Map.of("status", "Mine, followers only", "visibility", "private"))
                .get("id")
                .asText();
        long before = qin.tables.count("select count(*) from post");

        MastodonApi.Answer unknown =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Quoting air", "quoted_status_id", "999"));
        assertThat(unknown.status()).as(unknown.raw().body()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isNotBlank();
        MastodonApi.Answer invisible =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Peeking", "quoted_status_id", hidden));
        assertThat(invisible.status()).as(invisible.raw().body()).isEqualTo(404);
        MastodonApi.Answer notQuotable = http.postJson(
                "/api/v1/statuses", token, Map.of("status", "Quoting my private", "quoted_status_id", ownPrivate));
        assertThat(notQuotable.status()).as(notQuotable.raw().body()).isEqualTo(422);
        assertThat(notQuotable.json().get("error").asText()).contains("Quoting");
        MastodonApi.Answer garbage =
                http.postJson("/api/v1/statuses", token, Map.of("status", "Garbage", "quoted_status_id", "abc"));
        assertThat(garbage.status()).as(garbage.raw().body()).isEqualTo(422);

        assertThat(qin.tables.count("select count(*) from post")).isEqualTo(before);
    }

    @Test
    void aFollowedPeersQuotesShowAsQuotesWhicheverPropertyCarriesThem() {
        String mine = post(token, Map.of("status", "Quote me")).get("uri").asText();
        String theirs = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        assertThat(peer.create(qin.actor, peer.note(theirs, "<p>Peer original</p>"))
                        .status())
                .isBetween(200, 299);
        Map<String, String> quotes = Map.of(
                "quote", mine,
                "_misskey_quote", theirs,
                "quoteUrl", mine);
        Map<String, String> byProperty = new java.util.HashMap<>();
        for (var e : quotes.entrySet()) {
            String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
            Map<String, Object> note = peer.note(id, "<p>Quoting with " + e.getKey() + "</p>");
            note.put(e.getKey(), e.getValue());
            FedifyPeer.Delivery d = peer.create(qin.actor, note);
            assertThat(d.status()).as(d.body()).isBetween(200, 299);
            byProperty.put(e.getKey(), id);
        }
        for (var e : quotes.entrySet()) {
            String id = byProperty.get(e.getKey());
            Eventually.await(() -> home(id) != null);
            JsonNode s = home(id);
            assertThat(s.get("quote").get("state").asText()).as(e.getKey()).isEqualTo("accepted");
            assertThat(s.get("quote").get("quoted_status").get("uri").asText())
                    .as(e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    /** The status with this URI on the home timeline, or null. */
    static JsonNode home(String uri) {
        for (JsonNode s : http.get("/api/v1/timelines/home?limit=40", token).json()) {
            if (uri.equals(s.get("uri").asText())) {
                return s;
            }
        }
        return null;
    }
}
