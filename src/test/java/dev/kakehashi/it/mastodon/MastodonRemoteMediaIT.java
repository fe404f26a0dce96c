package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer the author follows posts a note with two images (one described, with a blurhash
 * and a focal point): the app's home timeline shows both as media attachments linking the peer's
 * files, {@code only_media} on the peer's statuses finds that note and not a text-only one, an
 * Update with one image leaves one, a Delete leaves none, a boosted note keeps its images, and the
 * author's reader shows the images with their alt text. The federated timeline shows the peer's
 * public notes to a signed-in app, never to a stranger.
 */
class MastodonRemoteMediaIT extends MastodonFollowedPeerFixture {
    static Map<String, Object> note(String id, String html, Instant updated, List<Map<String, Object>> attachment) {
        Map<String, Object> note = new HashMap<>();
        note.put("type", "Note");
        note.put("id", id);
        note.put("attributedTo", peer.actorUrl());
        note.put("to", PUBLIC);
        note.put("content", html);
        note.put("published", Instant.now().minusSeconds(600).toString());
        if (updated != null) {
            note.put("updated", updated.toString());
        }
        note.put("attachment", attachment);
        return note;
    }

    static Map<String, Object> described() {
        Map<String, Object> a = new HashMap<>();
        a.put("type", "Document");
        a.put("mediaType", "image/jpeg");
        a.put("url", peer.baseUrl() + "/media/sunset.jpg");
        a.put("name", "A red sun over the sea");
        a.put("blurhash", "UBL_:rOpGG-oBUNG,qRj2so|=eE1w^n4S5NH");
        a.put("focalPoint", List.of(-0.5, 0.25));
        a.put("width", 1200);
        a.put("height", 800);
        return a;
    }

    static Map<String, Object> bare(String file) {
        return Map.of("type", "Image", "mediaType", "image/png", "url", peer.baseUrl() + "/media/" + file);
    }

    static String created(String html, List<Map<String, Object>> attachment) {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        send("Create", note(id, html, null, attachment));
        Eventually.await(() -> kai.tables.count("select count(*) from remote_post where uri = ?", id) == 1);
        return id;
    }

    @Test
    void theHomeTimelineShowsARemoteNotesImagesWithDescriptionAndFocus() {
        String id = created("<p>Two pictures</p>", List.of(described(), bare("harbour.png")));
        JsonNode status = inHome(id);
        assertThat(status).as("home has the note").isNotNull();
        JsonNode media = status.get("media_attachments");
        assertThat(media).as(status.toString()).hasSize(2);
        JsonNode first = media.get(0);
        assertThat(first.get("id").isTextual()).isTrue();
        assertThat(first.get("type").asText()).isEqualTo("image");
        assertThat(first.get("url").asText()).isEqualTo(peer.baseUrl() + "/media/sunset.jpg");
        assertThat(first.get("preview_url").asText()).isEqualTo(peer.baseUrl() + "/media/sunset.jpg");
        assertThat(first.get("remote_url").asText()).isEqualTo(peer.baseUrl() + "/media/sunset.jpg");
        assertThat(first.get("description").asText()).isEqualTo("A red sun over the sea");
        assertThat(first.get("blurhash").asText()).isEqualTo("UBL_:rOpGG-oBUNG,qRj2so|=eE1w^n4S5NH");
        assertThat(first.at("/meta/focus/x").asDouble()).isEqualTo(-0.5);
        assertThat(first.at("/meta/focus/y").asDouble()).isEqualTo(0.25);
        assertThat(first.at("/meta/original/width").asInt()).isEqualTo(1200);
        assertThat(first.at("/meta/original/height").asInt()).isEqualTo(800);
        JsonNode second = media.get(1);
        assertThat(second.get("url").asText()).isEqualTo(peer.baseUrl() + "/media/harbour.png");
        assertThat(second.get("description").isNull()).isTrue();
        assertThat(second.get("id").asText()).isNotEqualTo(first.get("id").asText());

        // The single status shows the same.
        JsonNode one = http.get("/api/v1/statuses/" + status.get("id").asText(), kai.token)
                .json();
        assertThat(one.get("media_attachments")).hasSize(2);
    }

    @Test
    void onlyMediaOnTheRemoteAccountsStatusesKeepsTheNoteWithImages() {
        String withImages = created("<p>Look</p>", List.of(bare("a.png")));
        String textOnly = created("<p>Just words</p>", List.of());
        List<String> all = uris("/api/v1/accounts/" + peerId + "/statuses");
        assertThat(all).contains(withImages, textOnly);
        List<String> media = uris("/api/v1/accounts/" + peerId + "/statuses?only_media=true");
        assertThat(media).contains(withImages).doesNotContain(textOnly);
    }

    @Test
    void anUpdateReplacesTheImagesAndADeleteRemovesThem() {
        String id = created("<p>Three</p>", List.of(described(), bare("b.png"), bare("c.png")));
        Eventually.await(
                () -> inHome(id) != null && inHome(id).get("media_attachments").size() == 3);
        send("Update", note(id, "<p>Three</p>", Instant.now(), List.of(bare("c.png"))));
        Eventually.await(() -> inHome(id).get("media_attachments").size() == 1);
        assertThat(inHome(id).at("/media_attachments/0/url").asText()).isEqualTo(peer.baseUrl() + "/media/c.png");
        assertThat(inHome(id).get("edited_at").isNull()).isFalse();

        send("Delete", id);
        Eventually.await(() -> inHome(id) == null);
        assertThat(uris("/api/v1/accounts/" + peerId + "/statuses?only_media=true"))
                .doesNotContain(id);
    }

    @Test
    void theReaderShowsTheImagesWithTheirAltText() {
        String id = created("<p>For the reader</p>", List.of(described(), bare("d.png")));
        Element post =
                kai.admin.get("/admin/following").html().selectFirst("article.remote-post[data-uri=\"" + id + "\"]");
        assertThat(post).as("the reader lists the note").isNotNull();
        List<Element> images = post.select(".remote-media img");
        assertThat(images).hasSize(2);
        assertThat(images.get(0).attr("src")).isEqualTo(peer.baseUrl() + "/media/sunset.jpg");
        assertThat(images.get(0).attr("alt")).isEqualTo("A red sun over the sea");
        assertThat(images.get(1).attr("src")).isEqualTo(peer.baseUrl() + "/media/d.png");
        assertThat(images.get(1).hasAttr("alt")).isTrue();
    }

    @Test
    void aBoostedNoteKeepsItsImages() {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        // The peer boosts its own note, embedded: its server vouches for it, nothing is fetched.
        FedifyPeer.Delivery d = peer.send(
                kai.actor,
                Map.of(
                        "id",
                        peer.baseUrl() + "/announces/" + UUID.randomUUID(),
                        "type",
                        "Announce",
                        "to",
                        PUBLIC,
                        "object",
                        note(id, "<p>Boosted</p>", null, List.of(described()))),
                FedifyPeer.Spec.RFC_9421);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
        Eventually.await(() -> kai.tables.count("select count(*) from remote_post where uri = ?", id) == 1);
        JsonNode reblog = null;
        for (JsonNode s : http.get("/api/v1/timelines/home?limit=40", kai.token).json()) {
            if (!s.get("reblog").isNull()
                    && id.equals(s.get("reblog").get("uri").asText())) {
                reblog = s.get("reblog");
            }
        }
        assertThat(reblog).as("home has the boost").isNotNull();
        assertThat(reblog.get("media_attachments")).hasSize(1);
        assertThat(reblog.at("/media_attachments/0/description").asText()).isEqualTo("A red sun over the sea");
    }

    @Test
    void theFederatedTimelineShowsPublicRemoteNotesToSignedInCallersOnly() {
        String withImages = created("<p>Federated picture</p>", List.of(bare("e.png")));
        String textOnly = created("<p>Federated words</p>", List.of());
        MastodonApi.Answer own =
                http.postJson("/api/v1/statuses", kai.token, Map.of("status", "From the blog", "visibility", "public"));
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
        String ownUri = own.json().get("uri").asText();

        assertThat(uris("/api/v1/timelines/public?limit=40")).contains(withImages, textOnly, ownUri);
        assertThat(uris("/api/v1/timelines/public?limit=40&only_media=true"))
                .contains(withImages)
                .doesNotContain(textOnly, ownUri);
        assertThat(uris("/api/v1/timelines/public?limit=40&remote=true"))
                .contains(withImages, textOnly)
                .doesNotContain(ownUri);
        assertThat(uris("/api/v1/timelines/public?limit=40&local=true"))
                .contains(ownUri)
                .doesNotContain(withImages, textOnly);

        // A stranger reads the blog's posts only.
        MastodonApi.Answer anonymous = http.get("/api/v1/timelines/public?limit=40", null);
        assertThat(anonymous.status()).isEqualTo(200);
        List<String> seen = new ArrayList<>();
        anonymous.json().forEach(st -> seen.add(st.get("uri").asText()));
        assertThat(seen).contains(ownUri).doesNotContain(withImages, textOnly);
        MastodonApi.Answer remoteOnly = http.get("/api/v1/timelines/public?remote=true", null);
        assertThat(remoteOnly.status()).isEqualTo(200);
        assertThat(remoteOnly.json()).isEmpty();
    }

    static List<String> uris(String path) {
        MastodonApi.Answer a = http.get(path, kai.token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        a.json().forEach(s -> out.add(s.get("uri").asText()));
        return out;
    }
}
