package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.service.Links;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Follow, Undo{Follow}, Delete(actor) and Update(Person) as each peer shapes them: they reach the
 * right handler through the same table as the app, and the handlers read the same facts from them.
 */
class PeerActivitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActorIds IDS = new ActorIds(new Links(URI.create("https://blog.example")));

    private final RecordingInboxTable table = new RecordingInboxTable();

    @ParameterizedTest
    @ValueSource(strings = {"mastodon.example", "misskey.example", "pleroma.example", "gts.example", "wp.example"})
    void followNamesTheBlogAndReachesTheFollowHandler(String host) throws Exception {
        ReceivedActivity follow = received(host, "follow.json");
        assertThat(follow.id()).isNotBlank();
        assertThat(FollowerHandler.followed(Inbound.Follow.of(follow), IDS)).contains(ActorRef.BLOG);
        assertThat(dispatch(follow)).isEqualTo("follow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mastodon.example", "misskey.example", "pleroma.example", "gts.example", "wp.example"})
    void undoNamesTheFollowAndTheBlog(String host) throws Exception {
        ReceivedActivity follow = received(host, "follow.json");
        ReceivedActivity undo = received(host, "undo-follow.json");
        var target = UndoFollowHandler.read(Inbound.Undo.of(undo), IDS);
        assertThat(target.localActor()).isEqualTo("blog");
        assertThat(target.followId()).isEqualTo(follow.id());
        assertThat(dispatch(undo)).isEqualTo("undo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mastodon.example", "misskey.example", "pleroma.example", "gts.example", "wp.example"})
    void deleteOfTheActorIsRecognised(String host) throws Exception {
        ReceivedActivity delete = received(host, "delete-actor.json");
        assertThat(DeleteActorHandler.deletesActor(Inbound.Delete.of(delete))).isTrue();
        assertThat(dispatch(delete)).isEqualTo("delete");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mastodon.example", "misskey.example", "pleroma.example", "gts.example", "wp.example"})
    void updateOfThePersonReachesTheActorHandler(String host) throws Exception {
        ReceivedActivity update = received(host, "update-person.json");
        assertThat(Activities.objectId(update.json())).isEqualTo(update.actorId());
        assertThat(dispatch(update)).isEqualTo("update-actor");
    }

    @org.junit.jupiter.api.Test
    void someoneElsesFollowCannotBeUndone() throws Exception {
        JsonNode undo = JSON.readTree(FakeRemote.read("mastodon.example/activities/undo-follow.json"));
        ReceivedActivity forged =
                new ReceivedActivity(1, "x", "Undo", "https://evil.example/users/mallory", null, undo);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UndoFollowHandler.read(Inbound.Undo.of(forged), IDS))
                .isInstanceOf(RejectedActivity.class);
    }

    @org.junit.jupiter.api.Test
    void deleteOfSomethingElseIsNotAnAccountDeletion() throws Exception {
        JsonNode delete = JSON.readTree("{\"type\":\"Delete\",\"actor\":\"https://m.example/users/a\","
                + "\"object\":{\"id\":\"https://m.example/users/a/statuses/1\",\"type\":\"Tombstone\"}}");
        assertThat(DeleteActorHandler.deletesActor(Inbound.Delete.of(
                        new ReceivedActivity(1, null, "Delete", "https://m.example/users/a", null, delete))))
                .isFalse();
    }

    private String dispatch(ReceivedActivity a) {
        return table.dispatch(a);
    }

    private static ReceivedActivity received(String host, String file) throws Exception {
        JsonNode json = JSON.readTree(FakeRemote.read(host + "/activities/" + file));
        assertThat(Activities.actorId(json)).as("actor of " + file).contains(host);
        return new ReceivedActivity(
                1, Activities.idOf(json.get("id")), json.path("type").asText(), Activities.actorId(json), null, json);
    }
}
