package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.StreamingSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mutes and filters are kept per subscriber on the streams: a muted account's posts stay off mio's
 * stream until unmuted, {@code filters_changed} arrives when mio's filters change, and her filters
 * hide or mark the peer's posts.
 */
class StreamingMutesAndFiltersIT extends StreamingFeedsFixture {
    @Test
    void aMutedAccountsPostsStayOffTheStreamUntilUnmuted() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            assertThat(blog.http
                            .postJson("/api/v1/accounts/" + blog.peerAccount + "/mute", blog.mio, Map.of())
                            .status())
                    .isEqualTo(200);
            String muted = peerPosts("<p>Said while muted</p>");
            stored(muted);
            marker(mine, blog.mio);
            assertThat(mentions(mine.seen, muted)).isFalse();

            assertThat(blog.http
                            .postJson("/api/v1/accounts/" + blog.peerAccount + "/unmute", blog.mio, Map.of())
                            .status())
                    .isEqualTo(200);
            String heard = peerPosts("<p>Said after the unmute</p>");
            mine.await("the post after the unmute", frame("update", "user", uri(heard)));
        }
    }

    @Test
    void filtersChangedArrivesAndFiltersHideOrMarkThePeersPosts() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            MastodonApi.Answer hide = blog.http.postJson(
                    "/api/v2/filters",
                    blog.mio,
                    Map.of(
                            "title",
                            "No dragons",
                            "context",
                            List.of("home"),
                            "filter_action",
                            "hide",
                            "keywords_attributes",
                            List.of(Map.of("keyword", "dragon"))));
            assertThat(hide.status()).as(hide.raw().body()).isEqualTo(200);
            JsonNode changed = mine.await("filters_changed", StreamingSocket.event("filters_changed", "user"));
            assertThat(changed.has("payload")).isFalse();
            MastodonApi.Answer warn = blog.http.postJson(
                    "/api/v2/filters",
                    blog.mio,
                    Map.of(
                            "title",
                            "Cats",
                            "context",
                            List.of("home"),
                            "filter_action",
                            "warn",
                            "keywords_attributes",
                            List.of(Map.of("keyword", "cat"))));
            assertThat(warn.status()).as(warn.raw().body()).isEqualTo(200);

            String hidden = peerPosts("<p>The dragon wins</p>");
            String warned = peerPosts("<p>My cat sleeps</p>");
            JsonNode cat = StreamingSocket.payload(mine.await("the warned post", frame("update", "user", uri(warned))));
            assertThat(cat.get("filtered")).hasSize(1);
            assertThat(cat.get("filtered").get(0).get("filter").get("title").asText())
                    .isEqualTo("Cats");
            stored(hidden);
            marker(mine, blog.mio);
            assertThat(mentions(mine.seen, hidden)).isFalse();

            for (JsonNode f : blog.http.get("/api/v2/filters", blog.mio).json()) {
                blog.http.method("DELETE", "/api/v2/filters/" + f.get("id").asText(), blog.mio, null, null);
            }
        }
    }
}
