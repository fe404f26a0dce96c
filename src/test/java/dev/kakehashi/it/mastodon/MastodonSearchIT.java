package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import org.junit.jupiter.api.Test;

/**
 * Search from an app finds the blog's own posts and tags, and a Fedify peer's post by its URL, with
 * its image.
 */
class MastodonSearchIT extends MastodonAccountsFixture {
    @Test
    void searchFindsTheBlogsPostsAndTagsAndAPeersPostByItsUrl() {
        String post = admin.compose("note", "publish", "body", "Homemade marmalade recipe", "tags", "marmalade");
        MastodonApi.Answer statuses = get("/api/v2/search?type=statuses&q=MARMALADE");
        assertThat(statuses.status()).as(statuses.raw().body()).isEqualTo(200);
        assertThat(ids(statuses.json().get("statuses"))).containsExactly(post);
        assertThat(statuses.json().get("accounts")).isEmpty();
        assertThat(ids(http.get("/api/v2/search?q=marmalade", null).json().get("statuses")))
                .containsExactly(post);
        JsonNode tags = get("/api/v2/search?type=hashtags&q=%23marm").json().get("hashtags");
        assertThat(tags).hasSize(1);
        assertThat(tags.get(0).get("name").asText()).isEqualTo("marmalade");
        assertThat(tags.get(0).get("url").asText()).startsWith(server.baseUrl());
        assertThat(ids(get("/api/v2/search?type=accounts&q=kai").json().get("accounts")))
                .containsExactly(me);

        String noteId = peer.reply(authorActor, server.url("/posts/" + post), "<p>Try it with ginger</p>", null);
        MastodonApi.Answer byUrl = get("/api/v2/search?resolve=true&q=" + MastodonApi.enc(noteId));
        assertThat(byUrl.status()).as(byUrl.raw().body()).isEqualTo(200);
        JsonNode found = byUrl.json().get("statuses");
        assertThat(found).as(byUrl.raw().body()).hasSize(1);
        assertThat(found.get(0).get("uri").asText()).isEqualTo(noteId);
        assertThat(found.get(0).get("content").asText()).contains("Try it with ginger");
        assertThat(found.get(0).get("account").get("acct").asText()).isEqualTo(peer.acct());
        String statusId = found.get(0).get("id").asText();
        assertThat(get("/api/v2/search?resolve=true&q=" + MastodonApi.enc(noteId))
                        .json()
                        .get("statuses")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(statusId);
        assertThat(get("/api/v1/statuses/" + statusId).status()).isEqualTo(200);
        MastodonApi.Answer nothing = get("/api/v2/search?resolve=true&q="
                + MastodonApi.enc("@nobody@" + peer.acct().substring(peer.acct().indexOf('@') + 1)));
        assertThat(nothing.status()).as(nothing.raw().body()).isEqualTo(200);
        assertThat(nothing.json().get("accounts")).isEmpty();
        assertJsonError(get("/api/v2/search"), 400);
        assertJsonError(get("/api/v2/search?q=x&type=people"), 400);
    }

    @Test
    void aPeersPostResolvedBySearchKeepsItsImage() {
        String post = admin.compose("note", "publish", "body", "Show me your garden");
        String image = peer.baseUrl() + "/media/garden.jpg";
        String noteId = peer.replyWithImage(
                authorActor, server.url("/posts/" + post), "<p>Here it is</p>", image, "Tomatoes on the vine");
        MastodonApi.Answer found = get("/api/v2/search?type=statuses&resolve=true&q=" + MastodonApi.enc(noteId));
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        JsonNode status = found.json().get("statuses").get(0);
        assertThat(status.get("uri").asText()).isEqualTo(noteId);
        JsonNode media = status.get("media_attachments");
        assertThat(media).as(status.toString()).hasSize(1);
        assertThat(media.get(0).get("type").asText()).isEqualTo("image");
        assertThat(media.get(0).get("url").asText()).isEqualTo(image);
        assertThat(media.get(0).get("description").asText()).isEqualTo("Tomatoes on the vine");
        // The same status read again (now from the database, not the search) keeps it too.
        JsonNode again = get("/api/v1/statuses/" + status.get("id").asText()).json();
        assertThat(again.get("media_attachments").get(0).get("url").asText()).isEqualTo(image);
    }
}
