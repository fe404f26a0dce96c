package dev.kakehashi.federation.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DirectAddressingTest {
    static final String ME = "https://blog.example/actors/1";
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static JsonNode note(String json) throws Exception {
        return new ObjectMapper().readTree(json.replace('\'', '"'));
    }

    @Test
    void aNoteToItsMentionedActorsOnlyIsDirect() throws Exception {
        assertThat(DirectAddressing.isDirect(
                        note("{'to':['" + ME + "'],'cc':[]," + "'tag':[{'type':'Mention','href':'" + ME + "'}]}")))
                .isTrue();
        assertThat(DirectAddressing.isDirect(note("{'to':'" + ME + "','tag':{'type':'Mention','href':'" + ME + "'}}")))
                .as("single values, as some servers send them")
                .isTrue();
    }

    @Test
    void publicUnlistedAndFollowersOnlyNotesAreNotDirect() throws Exception {
        String mention = ",'tag':[{'type':'Mention','href':'" + ME + "'}]}";
        assertThat(DirectAddressing.isDirect(note("{'to':['" + PUBLIC + "'],'cc':['" + ME + "']" + mention)))
                .isFalse();
        assertThat(DirectAddressing.isDirect(note("{'to':['" + ME + "'],'cc':['as:Public']" + mention)))
                .isFalse();
        assertThat(DirectAddressing.isDirect(
                        note("{'to':['https://social.example/users/bob/followers'],'cc':['" + ME + "']" + mention)))
                .isFalse();
        assertThat(DirectAddressing.isDirect(note("{'to':['" + ME + "']}")))
                .as("addressed without a mention: a limited post, not a direct message")
                .isFalse();
        assertThat(DirectAddressing.isDirect(note("{'content':'no addressing'}")))
                .isFalse();
    }

    @Test
    void hashtagsAreReadLowerCaseWithoutTheirHash() throws Exception {
        assertThat(RemoteHashtags.of(note("{'tag':[{'type':'Hashtag','name':'#BridgeWork'},"
                        + "{'type':'Mention','name':'@bob'},{'type':'Hashtag','name':'#not valid'},"
                        + "{'type':'Hashtag','name':'日本'}]}")))
                .containsExactly("bridgework", "日本");
        assertThat(RemoteHashtags.of(note("{'tag':{'type':'Hashtag','name':'#One'}}")))
                .containsExactly("one");
    }
}
