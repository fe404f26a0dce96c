package dev.kakehashi.federation.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RecordingInboxTable;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.service.Links;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Flag and Block as Mastodon, Misskey, Pleroma and GoToSocial shape them, read from real payloads. */
class ModerationActivitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActorIds IDS = new ActorIds(new Links(URI.create("https://blog.example")));

    @ParameterizedTest
    @ValueSource(strings = {"mastodon.example", "misskey.example", "pleroma.example"})
    void flagKeepsTheReportedBlogItsPostsAndTheComment(String host) throws Exception {
        FlagHandler.Flag flag = FlagHandler.read(Inbound.Flag.of(received(host, "flag.json")), IDS);

        assertThat(flag.localActor()).isEqualTo("blog");
        assertThat(flag.objects()).first().isEqualTo("https://blog.example/actors/blog");
        assertThat(flag.objects()).hasSize(2);
        assertThat(flag.objects().get(1)).startsWith("https://blog.example/posts/");
        assertThat(flag.content()).isNotBlank();
    }

    @Test
    void pleromaFlagWithAnEmbeddedStatusKeepsTheStatusId() throws Exception {
        FlagHandler.Flag flag = FlagHandler.read(Inbound.Flag.of(received("pleroma.example", "flag.json")), IDS);
        assertThat(flag.objects()).contains("https://blog.example/posts/7300000000000000003");
    }

    @Test
    void flagOfSomethingElsewhereIsRejected() throws Exception {
        JsonNode json = JSON.readTree("{\"type\":\"Flag\",\"actor\":\"https://m.example/actor\","
                + "\"object\":[\"https://other.example/users/x\"],\"content\":\"spam\"}");
        assertThatThrownBy(() -> FlagHandler.read(Inbound.Flag.of(activity(json)), IDS))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("nothing on this site");
    }

    @Test
    void aFlagCommentLongerThan5000CharactersIsCut() throws Exception {
        JsonNode json = JSON.readTree("{\"type\":\"Flag\",\"actor\":\"https://m.example/actor\","
                + "\"object\":\"https://blog.example/actors/blog\",\"content\":\"" + "x".repeat(6000) + "\"}");
        assertThat(FlagHandler.read(Inbound.Flag.of(activity(json)), IDS).content())
                .hasSize(5000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mastodon.example", "gts.example"})
    void blockNamesTheBlogAndReachesTheBlockHandler(String host) throws Exception {
        ReceivedActivity block = received(host, "block.json");
        assertThat(BlockHandler.ours(Activities.objectId(block.json()), IDS)).contains(ActorRef.BLOG);
        assertThat(dispatch(block)).isEqualTo("block");
    }

    @Test
    void undoOfAnEmbeddedBlockReachesTheUndoBlockHandler() throws Exception {
        assertThat(dispatch(received("mastodon.example", "undo-block.json"))).isEqualTo("undo-block");
    }

    @Test
    void flagAndMoveReachTheirHandlers() throws Exception {
        assertThat(dispatch(received("misskey.example", "flag.json"))).isEqualTo("flag");
        assertThat(dispatch(received("mastodon.example", "move.json"))).isEqualTo("move");
    }

    private String dispatch(ReceivedActivity a) {
        return new RecordingInboxTable().dispatch(a);
    }

    private static ReceivedActivity received(String host, String file) throws Exception {
        JsonNode json = JSON.readTree(FakeRemote.read(host + "/activities/" + file));
        assertThat(Activities.actorId(json)).as("actor of " + file).contains(host);
        return activity(json);
    }

    private static ReceivedActivity activity(JsonNode json) {
        return new ReceivedActivity(
                1, Activities.idOf(json.get("id")), json.path("type").asText(), Activities.actorId(json), null, json);
    }
}
