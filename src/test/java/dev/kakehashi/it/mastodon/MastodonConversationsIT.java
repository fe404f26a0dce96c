package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A direct message from a Fedify peer arrives as a conversation that only its recipient reads.
 */
class MastodonConversationsIT extends MastodonListsFixture {
    @Test
    void aDirectMessageIsAConversationOnlyItsRecipientReads() {
        String dm = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Map<String, Object> note = peer.note(dm, "<p>Just between us</p>", mioActor);
        note.put("tag", List.of(Map.of("type", "Mention", "href", mioActor, "name", "@mio")));
        String photo = peer.baseUrl() + "/media/" + UUID.randomUUID() + ".jpg";
        note.put(
                "attachment",
                List.of(Map.of("type", "Document", "mediaType", "image/jpeg", "url", photo, "name", "The tea house")));
        delivered(peer.create(mioActor, note));
        Eventually.await(() -> get("/api/v1/conversations", mio).json().size() == 1);

        JsonNode conversation = get("/api/v1/conversations", mio).json().get(0);
        String id = conversation.get("id").asText();
        assertThat(conversation.get("unread").asBoolean()).isTrue();
        assertThat(field(conversation.get("accounts"), "id")).containsExactly(peerAccount);
        JsonNode last = conversation.get("last_status");
        assertThat(last.get("uri").asText()).isEqualTo(dm);
        assertThat(last.get("visibility").asText()).isEqualTo("direct");
        assertThat(last.get("content").asText()).contains("Just between us");
        // Its image came with it, as with any post received.
        JsonNode media = last.get("media_attachments");
        assertThat(media).as(last.toString()).hasSize(1);
        assertThat(media.get(0).get("type").asText()).isEqualTo("image");
        assertThat(media.get(0).get("url").asText()).isEqualTo(photo);
        assertThat(media.get(0).get("description").asText()).isEqualTo("The tea house");
        String status = last.get("id").asText();

        // Only mio reads it: not ren, not anyone, not in anyone's home.
        MastodonApi.Answer shown = get("/api/v1/statuses/" + status, mio);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("media_attachments").get(0).get("url").asText())
                .isEqualTo(photo);
        assertJsonError(get("/api/v1/statuses/" + status, ren), 404);
        assertJsonError(get("/api/v1/statuses/" + status, null), 404);
        assertThat(get("/api/v1/conversations", ren).json()).isEmpty();
        assertThat(uris("/api/v1/timelines/home?limit=40", mio)).doesNotContain(dm);

        // mio answers from the app: the same conversation, now ending with mio's direct reply.
        MastodonApi.Answer reply = http.postJson(
                "/api/v1/statuses",
                mio,
                Map.of("status", "@" + peer.acct() + " Agreed", "visibility", "direct", "in_reply_to_id", status));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        String replyId = reply.json().get("id").asText();
        Eventually.await(() -> get("/api/v1/conversations", mio)
                .json()
                .get(0)
                .get("last_status")
                .get("id")
                .asText()
                .equals(replyId));
        assertThat(get("/api/v1/conversations", mio).json()).hasSize(1);

        // The peer answers mio's reply directly: still one conversation, unread again.
        String answer = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        sendDirect(answer, reply.json().get("uri").asText(), "<p>Deal</p>");
        Eventually.await(() -> get("/api/v1/conversations", mio)
                .json()
                .get(0)
                .get("last_status")
                .get("uri")
                .asText()
                .equals(answer));
        assertThat(get("/api/v1/conversations", mio).json()).hasSize(1);
        assertThat(get("/api/v1/conversations", mio).json().get(0).get("unread").asBoolean())
                .isTrue();

        MastodonApi.Answer read = http.postJson("/api/v1/conversations/" + id + "/read", mio, Map.of());
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isFalse();
        assertThat(get("/api/v1/conversations", mio).json().get(0).get("unread").asBoolean())
                .isFalse();
        assertJsonError(http.postJson("/api/v1/conversations/" + id + "/read", ren, Map.of()), 404);
        assertJsonError(call("DELETE", "/api/v1/conversations/" + id, ren, null), 404);

        assertThat(call("DELETE", "/api/v1/conversations/" + id, mio, null).status())
                .isEqualTo(200);
        assertThat(get("/api/v1/conversations", mio).json()).isEmpty();
        assertJsonError(call("DELETE", "/api/v1/conversations/" + id, mio, null), 404);
        assertJsonError(call("DELETE", "/api/v1/conversations/abc", mio, null), 404);
    }
}
