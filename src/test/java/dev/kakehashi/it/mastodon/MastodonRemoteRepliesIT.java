package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify peer the author follows replies to the author's post with a hashtag and a mention
 * of the author, then answers its own reply: the app shows each reply's {@code in_reply_to_id} and
 * {@code in_reply_to_account_id}, its {@code tags} (linking the blog's tag page, as Mastodon links
 * its own) and its {@code mentions} (the author's account), in the home timeline and alone; the
 * thread's {@code context} runs from the author's post down through both replies; an Update replaces
 * a reply's hashtags and a Delete removes them with the post.
 */
class MastodonRemoteRepliesIT extends MastodonFollowedPeerFixture {
    /** The author's new public post, as the API answered it. */
    static JsonNode posted(String text) {
        MastodonApi.Answer posted = http.postJson("/api/v1/statuses", kai.token, Map.of("status", text));
        assertThat(posted.status()).as(posted.raw().body()).isEqualTo(200);
        return posted.json();
    }

    /** Waits until the reader keeps the note {@code uri}, then returns its status in the home timeline. */
    static JsonNode kept(String uri) {
        Eventually.await(() -> kai.tables.count("select count(*) from remote_post where uri = ?", uri) == 1);
        JsonNode status = inHome(uri);
        if (status == null) {
            throw new AssertionError("the home timeline lacks " + uri);
        }
        return status;
    }

    static List<String> ids(JsonNode statuses) {
        List<String> ids = new ArrayList<>();
        statuses.forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    @Test
    void aReplyShowsWhatItAnswersItsHashtagAndWhomItMentions() {
        JsonNode post = posted("Which bridge do you like best?");

        String note = peer.replyWithHashtags(kai.actor, post.path("uri").asText(), "The old stone one.", "Bridges");
        JsonNode reply = kept(note);

        assertThat(reply.path("in_reply_to_id").asText())
                .as(reply.toString())
                .isEqualTo(post.path("id").asText());
        assertThat(reply.path("in_reply_to_account_id").asText()).isEqualTo(kai.id);
        assertThat(reply.path("tags")).as(reply.toString()).hasSize(1);
        assertThat(reply.at("/tags/0/name").asText()).isEqualTo("bridges");
        assertThat(reply.at("/tags/0/url").asText()).isEqualTo(kai.server.url("/tags/bridges"));
        assertThat(reply.path("mentions")).as(reply.toString()).hasSize(1);
        JsonNode mention = reply.path("mentions").get(0);
        assertThat(mention.path("id").asText()).isEqualTo(kai.id);
        assertThat(mention.path("username").asText()).isEqualTo("kai");
        assertThat(mention.path("acct").asText())
                .as("a local account's acct has no host")
                .isEqualTo("kai");
        assertThat(mention.path("url").asText()).isEqualTo(kai.server.url("/@kai"));

        JsonNode alone = http.get("/api/v1/statuses/" + reply.path("id").asText(), kai.token)
                .json();
        assertThat(alone.path("in_reply_to_id").asText())
                .isEqualTo(post.path("id").asText());
        assertThat(alone.path("tags")).isEqualTo(reply.path("tags"));
        assertThat(alone.path("mentions")).isEqualTo(reply.path("mentions"));
    }

    @Test
    void aThreadOfRepliesFromElsewhereHangsTogetherInItsContext() {
        JsonNode post = posted("Tea or coffee?");
        String first = peer.replyWithHashtags(kai.actor, post.path("uri").asText(), "Tea.");
        String firstId = kept(first).path("id").asText();
        String second = peer.replyWithHashtags(kai.actor, first, "Green tea, to be exact.", "Tea");
        JsonNode answer = kept(second);

        assertThat(answer.path("in_reply_to_id").asText())
                .as("a reply to a post kept here names it")
                .isEqualTo(firstId);
        assertThat(answer.path("in_reply_to_account_id").asText()).isEqualTo(peerId);

        JsonNode context = http.get("/api/v1/statuses/" + answer.path("id").asText() + "/context", kai.token)
                .json();
        assertThat(ids(context.path("ancestors")))
                .as("the author's post, then the reply it answers")
                .containsExactly(post.path("id").asText(), firstId);
        JsonNode below =
                http.get("/api/v1/statuses/" + firstId + "/context", kai.token).json();
        assertThat(ids(below.path("ancestors"))).containsExactly(post.path("id").asText());
        assertThat(ids(below.path("descendants")))
                .containsExactly(answer.path("id").asText());
    }

    @Test
    void anUpdateReplacesTheHashtagsAndADeleteRemovesThem() {
        JsonNode post = posted("Rivers or lakes?");
        String note = peer.replyWithHashtags(kai.actor, post.path("uri").asText(), "Rivers.", "Rivers");
        String id = kept(note).path("id").asText();

        Map<String, Object> edited = peer.note(note, "<p>Lakes, on second thought.</p>");
        edited.put("inReplyTo", post.path("uri").asText());
        edited.put("updated", Instant.now().plusSeconds(1).toString());
        edited.put("tag", List.of(Map.of("type", "Hashtag", "name", "#Lakes", "href", peer.baseUrl() + "/tags/Lakes")));
        send("Update", edited);
        Eventually.await(() -> http.get("/api/v1/statuses/" + id, kai.token)
                .json()
                .path("content")
                .asText()
                .contains("second thought"));
        JsonNode now = http.get("/api/v1/statuses/" + id, kai.token).json();
        assertThat(now.at("/tags/0/name").asText()).as(now.toString()).isEqualTo("lakes");
        assertThat(now.path("tags")).hasSize(1);
        assertThat(now.path("mentions")).as("the edit mentions nobody").isEmpty();
        assertThat(now.path("in_reply_to_id").asText())
                .isEqualTo(post.path("id").asText());

        send("Delete", note);
        Eventually.await(() -> http.get("/api/v1/statuses/" + id, kai.token).status() == 404);
        assertThat(kai.tables.count(
                        "select count(*) from remote_post_tag t join remote_post p on p.id = t.post_id where p.uri = ?",
                        note))
                .isZero();
        assertThat(kai.tables.count(
                        "select count(*) from remote_post_mention m join remote_post p on p.id = m.post_id"
                                + " where p.uri = ?",
                        note))
                .isZero();
    }
}
