package dev.kakehashi.federation.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Follow and Undo{Follow} we send, in the shapes INTEROP A9.2 and A9.3 require. */
class FollowingActivitiesTest {
    static final String ID = "https://blog.example/actors/12#follows/99";
    static final String ME = "https://blog.example/actors/12";
    static final String ALICE = "https://mastodon.example/users/alice";

    JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void followNamesUsAndThemWithItsOwnId() throws Exception {
        JsonNode f = parse(FollowingActivities.followJson(ID, ME, ALICE));
        assertThat(f.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/activitystreams");
        assertThat(f.get("id").asText()).isEqualTo(ID);
        assertThat(f.get("type").asText()).isEqualTo("Follow");
        assertThat(f.get("actor").asText()).isEqualTo(ME);
        assertThat(f.get("object").asText()).isEqualTo(ALICE);
    }

    @Test
    void undoEmbedsTheWholeOriginalFollow() throws Exception {
        JsonNode u = parse(FollowingActivities.undoJson(ID, ME, ALICE));
        assertThat(u.get("type").asText()).isEqualTo("Undo");
        assertThat(u.get("id").asText()).isEqualTo(ID + "/undo");
        assertThat(u.get("actor").asText()).isEqualTo(ME);
        JsonNode follow = u.get("object");
        assertThat(follow.get("id").asText()).isEqualTo(ID);
        assertThat(follow.get("type").asText()).isEqualTo("Follow");
        assertThat(follow.get("actor").asText()).isEqualTo(ME);
        assertThat(follow.get("object").asText()).isEqualTo(ALICE);
        assertThat(follow.has("@context")).isFalse();
    }
}
