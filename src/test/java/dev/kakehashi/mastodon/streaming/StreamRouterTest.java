package dev.kakehashi.mastodon.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.store.stream.StreamEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRouterTest {
    static final long AUTHOR = 7;
    static final long OTHER = 8;

    static StreamEvent post(String visibility, boolean media, String... tags) {
        return new StreamEvent(StreamEvent.Type.UPDATE, 1, AUTHOR, visibility, List.of(tags), media);
    }

    static Subscription on(String stream) {
        return Subscription.of(StreamKind.ofWire(stream).orElseThrow(), "Cats", "1");
    }

    @Test
    void aPublicPostReachesTheLocalAndFederatedStreamsButNotTheRemoteOnes() {
        StreamEvent e = post("public", false);
        assertThat(StreamRouter.reaches(e, on("public"), OTHER)).isTrue();
        assertThat(StreamRouter.reaches(e, on("public:local"), OTHER)).isTrue();
        assertThat(StreamRouter.reaches(e, on("public:remote"), OTHER)).isFalse();
        assertThat(StreamRouter.reaches(e, on("public:media"), OTHER)).isFalse();
        assertThat(StreamRouter.reaches(post("public", true), on("public:local:media"), OTHER))
                .isTrue();
    }

    @Test
    void followersOnlyDirectAndUnlistedPostsStayOffPublicStreamsAndReachTheirAuthor() {
        for (String visibility : List.of("private", "direct", "unlisted")) {
            StreamEvent e = post(visibility, true, "cats");
            assertThat(StreamRouter.reaches(e, on("public"), OTHER))
                    .as(visibility)
                    .isFalse();
            assertThat(StreamRouter.reaches(e, on("hashtag"), OTHER))
                    .as(visibility)
                    .isFalse();
            assertThat(StreamRouter.reaches(e, on("user"), OTHER))
                    .as(visibility)
                    .isFalse();
            assertThat(StreamRouter.reaches(e, on("user"), AUTHOR))
                    .as(visibility)
                    .isTrue();
        }
    }

    @Test
    void aHashtagStreamHearsItsTagWhateverTheCase() {
        assertThat(on("hashtag").param()).isEqualTo("cats");
        assertThat(StreamRouter.reaches(post("public", false, "cats"), on("hashtag"), null))
                .isTrue();
        assertThat(StreamRouter.reaches(post("public", false, "dogs"), on("hashtag:local"), null))
                .isFalse();
    }

    @Test
    void aPublicPostFromElsewhereReachesSignedInFederatedStreamsOnly() {
        StreamEvent text = StreamEvent.federated(StreamEvent.Type.FEDERATED_UPDATE, 1, false);
        assertThat(StreamRouter.reaches(text, on("public"), OTHER)).isTrue();
        assertThat(StreamRouter.reaches(text, on("public:remote"), OTHER)).isTrue();
        assertThat(StreamRouter.reaches(text, on("public:remote"), null))
                .as("an app-only token")
                .isFalse();
        for (String stream :
                List.of("public:local", "public:media", "public:remote:media", "hashtag", "user", "list")) {
            assertThat(StreamRouter.reaches(text, on(stream), OTHER)).as(stream).isFalse();
        }
        StreamEvent pictured = StreamEvent.federated(StreamEvent.Type.FEDERATED_DELETE, 1, true);
        assertThat(StreamRouter.reaches(pictured, on("public:remote:media"), OTHER))
                .isTrue();
        assertThat(StreamRouter.reaches(pictured, on("public:local:media"), OTHER))
                .isFalse();
        assertThat(StreamEvent.decode(pictured.encode())).isEqualTo(pictured);
    }

    @Test
    void aNotificationReachesOnlyItsAuthorsUserStreams() {
        StreamEvent n = StreamEvent.notification(5, AUTHOR);
        assertThat(StreamRouter.reaches(n, on("user"), AUTHOR)).isTrue();
        assertThat(StreamRouter.reaches(n, on("user:notification"), AUTHOR)).isTrue();
        assertThat(StreamRouter.reaches(n, on("user:notification"), OTHER)).isFalse();
        assertThat(StreamRouter.reaches(n, on("public"), AUTHOR)).isFalse();
        assertThat(StreamRouter.reaches(post("public", false), on("user:notification"), AUTHOR))
                .isFalse();
    }

    @Test
    void sseStreamPathsAndOnlyMediaMapToStreams() {
        assertThat(StreamKind.ofSsePath("user/notification", false)).contains(StreamKind.USER_NOTIFICATION);
        assertThat(StreamKind.ofSsePath("public/local", true)).contains(StreamKind.PUBLIC_LOCAL_MEDIA);
        assertThat(StreamKind.ofSsePath("hashtag/local", false)).contains(StreamKind.HASHTAG_LOCAL);
        assertThat(StreamKind.ofSsePath("nope", false)).isEmpty();
        assertThat(on("hashtag").streamArray()).containsExactly("hashtag", "cats");
        assertThat(on("user").streamArray()).containsExactly("user");
    }

    @Test
    void aCallerNeedsTheScopeAndAUserForPrivateStreams() {
        var readStatuses = new StreamingCaller(1, AUTHOR, java.util.Set.of("read:statuses"));
        assertThat(readStatuses.refusal(on("user"))).isNull();
        assertThat(readStatuses.refusal(on("user:notification"))).contains("scopes");
        var appOnly = new StreamingCaller(1, null, java.util.Set.of("read"));
        assertThat(appOnly.refusal(on("public"))).isNull();
        assertThat(appOnly.refusal(on("user"))).isNotNull();
        assertThat(readStatuses.refusal(on("list"))).contains("scopes");
        // Whose list it is, the hub asks the lists (StreamingListsIT).
        assertThat(new StreamingCaller(1, AUTHOR, java.util.Set.of("read")).refusal(on("list")))
                .isNull();
    }

    @Test
    void aRemoteStatusReachesOnlyTheUserAndListStreamsOfTheAuthorWhoseHomeShowsIt() {
        for (StreamEvent.Type type : List.of(
                StreamEvent.Type.REMOTE_UPDATE,
                StreamEvent.Type.REMOTE_STATUS_UPDATE,
                StreamEvent.Type.REMOTE_DELETE)) {
            StreamEvent e = StreamEvent.forAccount(type, 3, AUTHOR);
            assertThat(StreamRouter.reaches(e, on("user"), AUTHOR))
                    .as(type.name())
                    .isTrue();
            assertThat(StreamRouter.reaches(e, on("list"), AUTHOR))
                    .as(type.name())
                    .isTrue();
            assertThat(StreamRouter.reaches(e, on("user"), OTHER))
                    .as(type.name())
                    .isFalse();
            assertThat(StreamRouter.reaches(e, on("list"), OTHER))
                    .as(type.name())
                    .isFalse();
            for (String stream : List.of("public", "public:remote", "hashtag", "direct", "user:notification")) {
                assertThat(StreamRouter.reaches(e, on(stream), AUTHOR))
                        .as(type + " on " + stream)
                        .isFalse();
            }
        }
    }

    @Test
    void aConversationReachesItsAuthorsDirectStreamAndAFilterChangeTheirUserStream() {
        StreamEvent conversation = StreamEvent.forAccount(StreamEvent.Type.CONVERSATION, 9, AUTHOR);
        assertThat(StreamRouter.reaches(conversation, on("direct"), AUTHOR)).isTrue();
        assertThat(StreamRouter.reaches(conversation, on("direct"), OTHER)).isFalse();
        assertThat(StreamRouter.reaches(conversation, on("user"), AUTHOR)).isFalse();
        StreamEvent filters = StreamEvent.forAccount(StreamEvent.Type.FILTERS_CHANGED, 0, AUTHOR);
        assertThat(StreamRouter.reaches(filters, on("user"), AUTHOR)).isTrue();
        assertThat(StreamRouter.reaches(filters, on("user"), OTHER)).isFalse();
        assertThat(StreamRouter.reaches(filters, on("user:notification"), AUTHOR))
                .isFalse();
        assertThat(StreamRouter.reaches(filters, on("public"), AUTHOR)).isFalse();
    }
}
