package dev.kakehashi.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PublicAudienceTest {
    static final String ME = "https://blog.example/actors/1";

    static JsonNode note(String json) throws Exception {
        return new ObjectMapper().readTree(json.replace('\'', '"'));
    }

    @Test
    void publicAndUnlistedPostsAreForAnyone() throws Exception {
        assertThat(PublicAudience.includes(
                        note("{'to':['https://www.w3.org/ns/activitystreams#Public'],'cc':['" + ME + "']}")))
                .isTrue();
        assertThat(PublicAudience.includes(note("{'to':'" + ME + "','cc':'as:Public'}")))
                .as("unlisted, single values")
                .isTrue();
        assertThat(PublicAudience.includes(note("{'to':[{'id':'Public'}]}"))).isTrue();
    }

    @Test
    void followersOnlyDirectAndUnaddressedPostsAreNot() throws Exception {
        assertThat(PublicAudience.includes(
                        note("{'to':['https://social.example/users/bob/followers'],'cc':['" + ME + "']}")))
                .isFalse();
        assertThat(PublicAudience.includes(note("{'to':['" + ME + "']}"))).isFalse();
        assertThat(PublicAudience.includes(note("{'content':'no addressing','bcc':['as:Public']}")))
                .as("bcc is not an audience anyone sees")
                .isFalse();
    }
}
