package dev.kakehashi.federation.reaction;

import static dev.kakehashi.federation.reader.ActivityFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.reader.ActivityFixtures;
import org.junit.jupiter.api.Test;

/** Likes, emoji reactions and boosts as each server sends them, read into what is stored. */
class ReactionActivitiesTest {
    static final String POST = "https://blog.example/posts/1000";

    /** The activity read as the inbox reads it (its record), then into what is stored. */
    private static ReactionActivities.Read read(ObjectNode json) {
        ReceivedActivity received = ActivityFixtures.received(json);
        return "Announce".equals(received.type())
                ? ReactionActivities.read(Inbound.Announce.of(received))
                : ReactionActivities.read(Inbound.Like.of(received));
    }

    @Test
    void mastodonLikeIsAPlainLike() {
        var read = read(json("mastodon.example", "like"));
        assertThat(read)
                .isEqualTo(new ReactionActivities.Read(
                        ReactionKind.LIKE, "https://mastodon.example/users/alice#likes/4711", POST, null));
    }

    @Test
    void pleromaLikeWithoutContentIsAPlainLike() {
        assertThat(read(json("pleroma.example", "like")).kind()).isEqualTo(ReactionKind.LIKE);
    }

    @Test
    void misskeyLikeWithACustomEmojiKeepsItsShortcode() {
        var read = read(json("misskey.example", "like-emoji"));
        assertThat(read.kind()).isEqualTo(ReactionKind.EMOJI);
        assertThat(read.emoji()).isEqualTo(":blobcat:");
        assertThat(read.objectId()).isEqualTo(POST);
    }

    @Test
    void misskeyLikeWithAUnicodeEmojiKeepsTheEmoji() {
        var read = read(json("misskey.example", "like-unicode"));
        assertThat(read.kind()).isEqualTo(ReactionKind.EMOJI);
        assertThat(read.emoji()).isEqualTo("🎉");
    }

    @Test
    void misskeyRemoteCustomEmojiLosesItsHostMarker() {
        ObjectNode like = json("misskey.example", "like-emoji");
        like.put("_misskey_reaction", ":blobcat@.:");
        assertThat(read(like).emoji()).isEqualTo(":blobcat:");
    }

    @Test
    void pleromaEmojiReactIsAnEmojiReaction() {
        var read = read(json("pleroma.example", "emoji-react"));
        assertThat(read.kind()).isEqualTo(ReactionKind.EMOJI);
        assertThat(read.emoji()).isEqualTo("🔥");
    }

    @Test
    void emojiReactWithoutAnEmojiIsRejected() {
        ObjectNode react = json("pleroma.example", "emoji-react");
        react.remove("content");
        assertThatThrownBy(() -> read(react)).isInstanceOf(RejectedActivity.class);
    }

    @Test
    void markupPosingAsAnEmojiIsRejected() {
        ObjectNode like = json("misskey.example", "like-unicode");
        like.put("_misskey_reaction", "<img src=x onerror=alert(1)>");
        assertThatThrownBy(() -> read(like)).isInstanceOf(RejectedActivity.class);
    }

    @Test
    void mastodonAndPleromaAnnouncesAreBoostsOfThePost() {
        for (String host : new String[] {"mastodon.example", "pleroma.example"}) {
            var read = read(json(host, "announce"));
            assertThat(read.kind()).as(host).isEqualTo(ReactionKind.BOOST);
            assertThat(read.objectId()).as(host).isEqualTo(POST);
        }
    }

    @Test
    void announceWithTheObjectEmbeddedNamesItsId() {
        ObjectNode announce = json("mastodon.example", "announce");
        announce.putObject("object").put("id", POST).put("type", "Note");
        assertThat(read(announce).objectId()).isEqualTo(POST);
    }

    @Test
    void likeWithoutAnIdOrObjectIsRejected() {
        ObjectNode noId = json("mastodon.example", "like");
        noId.remove("id");
        assertThatThrownBy(() -> read(noId)).isInstanceOf(RejectedActivity.class);
        ObjectNode noObject = json("mastodon.example", "like");
        noObject.remove("object");
        assertThatThrownBy(() -> read(noObject)).isInstanceOf(RejectedActivity.class);
    }
}
