package dev.kakehashi.federation.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.inbox.Inbound;
import org.junit.jupiter.api.Test;

class RemoteVisibilityTest {
    static final String FOLLOWERS = "https://social.example/users/bob/followers";
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static Visibility of(String json) throws Exception {
        return RemoteVisibility.of(new ObjectMapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void publicInToIsPublic() throws Exception {
        assertThat(of("{'to':['" + PUBLIC + "'],'cc':['" + FOLLOWERS + "']}")).isEqualTo(Visibility.PUBLIC);
        assertThat(of("{'to':'as:Public'}")).as("a single value, short form").isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void publicInCcOnlyIsUnlisted() throws Exception {
        assertThat(of("{'to':['" + FOLLOWERS + "'],'cc':['" + PUBLIC + "']}")).isEqualTo(Visibility.UNLISTED);
    }

    @Test
    void anythingElseIsPrivate() throws Exception {
        assertThat(of("{'to':['" + FOLLOWERS + "'],'cc':[]}")).isEqualTo(Visibility.PRIVATE);
        assertThat(of("{'to':['https://blog.example/actors/1']}"))
                .as("a limited audience")
                .isEqualTo(Visibility.PRIVATE);
        assertThat(of("{'content':'no addressing'}")).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void anObjectWithoutAddressingIsAddressedAsItsActivity() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Inbound.Audience create = Inbound.Audience.of(json.readTree("{\"to\":[\"" + PUBLIC + "\"]}"));
        assertThat(RemoteVisibility.of(json.readTree("{}"), create)).isEqualTo(Visibility.PUBLIC);
        assertThat(RemoteVisibility.of(json.readTree("{\"to\":[\"" + FOLLOWERS + "\"]}"), create))
                .as("the object's own addressing wins")
                .isEqualTo(Visibility.PRIVATE);
    }
}
