package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.MastodonApi;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A followed hashtag brings a Fedify peer's posts home for "ren", who follows nobody.
 */
class MastodonFollowedTagsIT extends MastodonListsFixture {
    @Test
    void aFollowedHashtagBringsPostsHomeFromAuthorsNotFollowed() {
        String local = admin.compose("note", "publish", "body", "Bridges everywhere", "tags", "bridgework");
        String remote = peerPosts("<p>Building a <a href=\"x\">#BridgeWork</a></p>", "BridgeWork");
        Eventually.await(() -> uris("/api/v1/timelines/home", mio).contains(remote));
        assertThat(field(get("/api/v1/timelines/home", ren).json(), "id")).doesNotContain(local);

        MastodonApi.Answer tag = get("/api/v1/tags/BridgeWork", ren);
        assertThat(tag.status()).as(tag.raw().body()).isEqualTo(200);
        assertThat(tag.json().get("name").asText()).isEqualTo("bridgework");
        assertThat(tag.json().get("following").asBoolean()).isFalse();
        assertThat(tag.json().get("history")).hasSize(7);
        assertThat(tag.json().get("history").get(0).get("uses").asText()).isEqualTo("1");
        assertThat(tag.json().get("history").get(0).get("accounts").asText()).isEqualTo("1");

        MastodonApi.Answer followed = http.postJson("/api/v1/tags/%23bridgework/follow", ren, Map.of());
        assertThat(followed.status()).as(followed.raw().body()).isEqualTo(200);
        assertThat(followed.json().get("following").asBoolean()).isTrue();
        assertThat(field(get("/api/v1/followed_tags", ren).json(), "name")).containsExactly("bridgework");
        assertThat(get("/api/v1/followed_tags", mio).json()).isEmpty();

        JsonNode home = get("/api/v1/timelines/home", ren).json();
        assertThat(field(home, "id")).contains(local);
        assertThat(field(home, "uri")).contains(remote);

        JsonNode unfollowed =
                http.postJson("/api/v1/tags/bridgework/unfollow", ren, Map.of()).json();
        assertThat(unfollowed.get("following").asBoolean()).isFalse();
        assertThat(get("/api/v1/followed_tags", ren).json()).isEmpty();
        assertThat(field(get("/api/v1/timelines/home", ren).json(), "uri")).doesNotContain(remote);
        assertJsonError(get("/api/v1/tags/not-a-tag", ren), 404);
    }
}
