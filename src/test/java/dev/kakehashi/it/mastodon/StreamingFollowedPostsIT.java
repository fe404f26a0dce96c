package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.StreamingSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A followed peer's posts, edits, deletions and boosts on mio's {@code user} and {@code list}
 * streams, never on ren's; another author's list or an unknown one is refused.
 */
class StreamingFollowedPostsIT extends StreamingFeedsFixture {
    @Test
    void aFollowedAccountsPostArrivesOnUserAndListThenItsEditAndDeleteButNeverOnAnotherAuthorsStream() {
        String list = newList("Peers");
        String empty = newList("Nobody");
        blog.http.postJson(
                "/api/v1/lists/" + list + "/accounts", blog.mio, Map.of("account_ids", List.of(blog.peerAccount)));
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user");
                StreamingSocket theirs = StreamingSocket.open(blog.server, blog.ren, "?stream=user")) {
            mine.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + list + "\"}");
            mine.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + empty + "\"}");
            StreamingIT.barrier(mine);
            StreamingIT.barrier(theirs);

            String note = peerPosts("<p>Fresh from the peer</p>");
            JsonNode update = mine.await("the peer's post on user", frame("update", "user", uri(note)));
            JsonNode status = StreamingSocket.payload(update);
            assertThat(status.get("content").asText()).contains("Fresh from the peer");
            assertThat(status.get("account").get("id").asText()).isEqualTo(blog.peerAccount);
            JsonNode onList = mine.await("the peer's post on its list", frame("update", "list", uri(note)));
            assertThat(onList.get("stream").get(1).asText()).isEqualTo(list);
            String id = status.get("id").asText();

            Map<String, Object> edited = note(note, "<p>Fresh, and edited</p>", List.of(PUBLIC));
            edited.put("updated", Instant.now().plusSeconds(1).toString());
            blog.send(Map.of("type", "Update", "to", List.of(PUBLIC), "object", edited));
            JsonNode edit = mine.await("the edit", frame("status.update", "user", uri(note)));
            assertThat(StreamingSocket.payload(edit).get("content").asText()).contains("and edited");
            mine.await("the edit on the list", frame("status.update", "list", uri(note)));

            blog.send(Map.of("type", "Delete", "to", List.of(PUBLIC), "object", note));
            JsonNode delete = mine.await("the delete", StreamingSocket.event("delete", "user"));
            assertThat(delete.get("payload").asText()).isEqualTo(id);

            marker(theirs, blog.ren);
            assertThat(mentions(theirs.seen, note)).as("ren follows nobody").isFalse();
            marker(mine, blog.mio);
            // A delete goes to every list of an author whose home showed the post (the list's own
            // query can no longer find a deleted post); updates only to the lists that show it.
            assertThat(mine.seen)
                    .as("the list without members hears no update")
                    .noneMatch(f -> f.path("stream").path(1).asText().equals(empty)
                            && !"delete".equals(f.path("event").asText()));
        }
    }

    @Test
    void aBoostArrivesAsAReblogAndItsUndoAsADelete() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            String boosted = blog.peer.baseUrl() + "/notes/" + UUID.randomUUID();
            Map<String, Object> original = note(boosted, "<p>A friend's words</p>", List.of(PUBLIC));
            original.put("attributedTo", blog.peer.baseUrl() + "/users/friend");
            String announce = peerBoosts(original);
            JsonNode update = mine.await("the boost", frame("update", "user", uri(announce)));
            JsonNode reblog = StreamingSocket.payload(update);
            assertThat(reblog.get("account").get("id").asText()).isEqualTo(blog.peerAccount);
            assertThat(reblog.get("reblog").get("uri").asText()).isEqualTo(boosted);
            assertThat(reblog.get("reblog").get("content").asText()).contains("A friend's words");

            blog.send(Map.of("type", "Undo", "id", announce + "#undo", "object", announce));
            JsonNode delete = mine.await("the boost's delete", StreamingSocket.event("delete", "user"));
            assertThat(delete.get("payload").asText())
                    .isEqualTo(reblog.get("id").asText());
        }
    }

    @Test
    void aDeletedPostTakesItsBoostOffTheStreamToo() {
        try (StreamingSocket mine = StreamingSocket.open(blog.server, blog.mio, "?stream=user")) {
            StreamingIT.barrier(mine);
            String note = peerPosts("<p>Worth a boost</p>");
            String postId = StreamingSocket.payload(mine.await("the post", frame("update", "user", uri(note))))
                    .get("id")
                    .asText();
            // Embedded: the peer serves no note documents to fetch.
            String announce = peerBoosts(note(note, "<p>Worth a boost</p>", List.of(PUBLIC)));
            String boostId = StreamingSocket.payload(mine.await("the boost", frame("update", "user", uri(announce))))
                    .get("id")
                    .asText();

            blog.send(Map.of("type", "Delete", "to", List.of(PUBLIC), "object", note));
            for (String id : List.of(postId, boostId)) {
                mine.await(
                        "the delete of " + id,
                        f -> StreamingSocket.event("delete", "user").test(f)
                                && id.equals(f.path("payload").asText()));
            }
        }
    }

    @Test
    void anotherAuthorsListOrAnUnknownOneIsRefused() {
        String list = newList("Mine");
        try (StreamingSocket socket = StreamingSocket.open(blog.server, blog.ren, "")) {
            for (String id : List.of(list, "987654321", "nope")) {
                socket.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"" + id + "\"}");
                JsonNode refused = socket.await("the refusal of list " + id, f -> f.has("error"));
                assertThat(refused.get("error").asText()).isEqualTo("Not authorized to stream this list");
            }
        }
        MastodonApi.Answer sse = blog.http.get("/api/v1/streaming/list?list=" + list, blog.ren);
        assertThat(sse.status()).isEqualTo(401);
    }
}
