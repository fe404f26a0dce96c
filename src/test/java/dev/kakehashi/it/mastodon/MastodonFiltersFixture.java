package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the filters and grouped notifications ITs share: {@link MastodonCommentsFixture}'s author
 * and peer, a second real Fedify peer, and helpers to write filters and read timelines. Each
 * subclass gets its own server and peers.
 */
abstract class MastodonFiltersFixture extends MastodonCommentsFixture {
    static final String FORM = "application/x-www-form-urlencoded";

    static FedifyPeer otherPeer;

    @BeforeAll
    static void startOtherPeer() {
        otherPeer = FedifyPeer.start();
    }

    @AfterAll
    static void stopOtherPeer() {
        if (otherPeer != null) otherPeer.close();
    }

    static MastodonApi.Answer send(String method, String path, Object json) {
        try {
            String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json);
            return http.method(method, path, token, "application/json", body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String createFilter(Object json) {
        MastodonApi.Answer created = send("POST", "/api/v2/filters", json);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    static List<String> contents(JsonNode statuses) {
        List<String> out = new ArrayList<>();
        statuses.forEach(s -> out.add(s.get("content").asText()));
        return out;
    }

    static JsonNode statusWith(JsonNode statuses, String text) {
        for (JsonNode s : statuses) {
            if (s.get("content").asText().contains(text)) {
                return s;
            }
        }
        throw new AssertionError("no status with " + text + " in " + statuses);
    }

    static String next(MastodonApi.Answer page) {
        String link = page.header("Link");
        assertThat(link).as("Link").isNotNull().contains("rel=\"next\"");
        return link.substring(1, link.indexOf('>'));
    }
}
