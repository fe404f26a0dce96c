package dev.kakehashi.federation.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Like, Announce and Undo an author sends from the reader, in the shapes of INTEROP A9.4 and A9.5. */
class ReactionActivitiesOutTest {
    static final String ME = "https://blog.example/actors/12";
    static final String POST = "https://mastodon.example/users/alice/statuses/1";
    static final String ALICE = "https://mastodon.example/users/alice";
    static final String FOLLOWERS = ME + "/followers";
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void likeNamesThePostById() throws Exception {
        JsonNode like = parse(ReactionActivitiesOut.json(ReactionActivitiesOut.like(ME + "#likes/7", ME, POST)));
        assertThat(like.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/activitystreams");
        assertThat(like.get("id").asText()).isEqualTo(ME + "#likes/7");
        assertThat(like.get("type").asText()).isEqualTo("Like");
        assertThat(like.get("actor").asText()).isEqualTo(ME);
        assertThat(like.get("object").asText()).isEqualTo(POST);
    }

    @Test
    void undoOfALikeEmbedsTheLikeWithItsObject() throws Exception {
        JsonNode undo = parse(ReactionActivitiesOut.undoJson(ReactionActivitiesOut.like(ME + "#likes/7", ME, POST)));
        assertThat(undo.get("type").asText()).isEqualTo("Undo");
        assertThat(undo.get("id").asText()).isEqualTo(ME + "#likes/7/undo");
        assertThat(undo.get("actor").asText()).isEqualTo(ME);
        JsonNode like = undo.get("object");
        assertThat(like.isObject()).isTrue();
        assertThat(like.get("id").asText()).isEqualTo(ME + "#likes/7");
        assertThat(like.get("type").asText()).isEqualTo("Like");
        assertThat(like.get("actor").asText()).isEqualTo(ME);
        assertThat(like.get("object").asText()).isEqualTo(POST);
        assertThat(like.has("@context")).isFalse();
    }

    @Test
    void announceIsPublicAndCcsThePostAuthorAndOurFollowers() throws Exception {
        JsonNode a = parse(ReactionActivitiesOut.json(ReactionActivitiesOut.announce(
                ME + "#announces/8", ME, Instant.parse("2026-11-22T06:00:00.123Z"), POST, ALICE, FOLLOWERS)));
        assertThat(a.get("type").asText()).isEqualTo("Announce");
        assertThat(a.get("id").asText()).isEqualTo(ME + "#announces/8");
        assertThat(a.get("published").asText()).isEqualTo("2026-11-22T06:00:00Z");
        assertThat(a.get("to").toString()).isEqualTo("[\"" + PUBLIC + "\"]");
        assertThat(a.get("cc").toString()).isEqualTo("[\"" + ALICE + "\",\"" + FOLLOWERS + "\"]");
        assertThat(a.get("object").asText()).isEqualTo(POST);
    }

    @Test
    void undoOfAnAnnounceEmbedsItAndKeepsItsAddressing() throws Exception {
        JsonNode undo = parse(ReactionActivitiesOut.undoJson(
                ReactionActivitiesOut.announce(ME + "#announces/8", ME, null, POST, ALICE, FOLLOWERS)));
        assertThat(undo.get("type").asText()).isEqualTo("Undo");
        assertThat(undo.get("cc").toString()).contains(ALICE, FOLLOWERS);
        assertThat(undo.get("to").toString()).contains(PUBLIC);
        assertThat(undo.get("object").get("id").asText()).isEqualTo(ME + "#announces/8");
        assertThat(undo.get("object").get("type").asText()).isEqualTo("Announce");
        assertThat(undo.get("object").get("object").asText()).isEqualTo(POST);
    }
}
