package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Each inbound record read from an activity as peers send it, and refused when a required field is missing. */
class InboundTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALICE = "https://m.example/users/alice";
    private static final String BLOG = "https://blog.example/actors/blog";
    private static final String POST = "https://blog.example/posts/7";

    @Test
    void aFollowNamesItsObjectAndKeepsItsEnvelope() {
        Inbound.Follow follow = Inbound.Follow.of(activity("Follow", "'object':'" + BLOG + "'", "blog"));
        assertThat(follow.object()).isEqualTo(BLOG);
        assertThat(follow.actorId()).isEqualTo(ALICE);
        assertThat(follow.from()).isEqualTo(new Inbound.Envelope(ALICE + "#a/1", "Follow", ALICE, "blog"));
    }

    @Test
    void anUndoByIdHasNoEmbeddedActivity() {
        Inbound.Undo undo = Inbound.Undo.of(activity("Undo", "'object':'" + ALICE + "#likes/1'", null));
        assertThat(undo.object()).isEqualTo(ALICE + "#likes/1");
        assertThat(undo.embedded()).isNull();
    }

    @Test
    void anUndoOfAnEmbeddedLikeReadsTheLike() {
        Inbound.Undo undo = Inbound.Undo.of(activity(
                "Undo",
                "'object':{'id':'" + ALICE + "#likes/1','type':'Like','actor':'" + ALICE + "','object':'" + POST + "'}",
                null));
        assertThat(undo.object()).isEqualTo(ALICE + "#likes/1");
        assertThat(undo.embedded().type()).isEqualTo("Like");
        assertThat(undo.embedded().actorId()).isEqualTo(ALICE);
        assertThat(undo.embedded().object()).isEqualTo(POST);
    }

    @Test
    void anUndoOfNothingIsRejected() {
        assertRejected(() -> Inbound.Undo.of(activity("Undo", "'object':42", null)), "the Undo names nothing");
        assertRejected(() -> Inbound.Undo.of(activity("Undo", "'x':1", null)), "the Undo names nothing");
    }

    @Test
    void aMisskeyLikeWithAReactionIsAnEmojiReaction() {
        Inbound.Like like =
                Inbound.Like.of(activity("Like", "'object':'" + POST + "','_misskey_reaction':':blobcat@.:'", null));
        assertThat(like.id()).isEqualTo(ALICE + "#a/1");
        assertThat(like.object()).isEqualTo(POST);
        assertThat(like.emoji()).isEqualTo(":blobcat:");
    }

    @Test
    void aLikeWithoutObjectOrAnEmojiReactWithoutEmojiIsRejected() {
        assertRejected(() -> Inbound.Like.of(activity("Like", "'content':'x'", null)), "the Like names no object");
        assertRejected(
                () -> Inbound.Like.of(activity("EmojiReact", "'object':'" + POST + "'", null)),
                "the EmojiReact has no emoji");
        assertRejected(
                () -> Inbound.Like.of(activity("Like", "'object':'" + POST + "','content':'<b>x</b>'", null)),
                "the reaction's emoji is not an emoji");
    }

    @Test
    void anAnnounceKeepsItsEmbeddedPostAndTime() {
        Inbound.Announce announce = Inbound.Announce.of(activity(
                "Announce", "'object':{'id':'" + POST + "','type':'Note'},'published':'2026-12-06T10:00:00Z'", null));
        assertThat(announce.object()).isEqualTo(POST);
        assertThat(announce.embedded().path("type").asText()).isEqualTo("Note");
        assertThat(announce.published()).isEqualTo("2026-12-06T10:00:00Z");
        assertRejected(
                () -> Inbound.Announce.of(activity("Announce", "'to':[]", null)), "the Announce names no object");
    }

    @Test
    void aCreateKeepsItsPostAndItsAddressing() {
        Inbound.Create create = Inbound.Create.of(activity(
                "Create",
                "'to':['https://www.w3.org/ns/activitystreams#Public'],'cc':['" + BLOG + "'],'bcc':'" + ALICE
                        + "/followers','object':{'id':'" + ALICE + "/notes/1','type':'Note','attributedTo':'"
                        + ALICE + "'}",
                null));
        assertThat(create.object().path("id").asText()).isEqualTo(ALICE + "/notes/1");
        assertThat(create.audience().to()).containsExactly("https://www.w3.org/ns/activitystreams#Public");
        assertThat(create.audience().all())
                .containsExactly("https://www.w3.org/ns/activitystreams#Public", BLOG, ALICE + "/followers");
    }

    @Test
    void aCreateOfSomethingOtherThanAnEmbeddedPostIsRejected() {
        assertRejected(
                () -> Inbound.Create.of(activity("Create", "'object':'" + ALICE + "/notes/1'", null)),
                "the object is not an embedded Note, Article or Page");
    }

    @Test
    void anUpdateOfAnActorByIdHasNoEmbeddedObject() {
        Inbound.Update update = Inbound.Update.of(activity("Update", "'object':'" + ALICE + "'", null));
        assertThat(update.objectId()).isEqualTo(ALICE);
        assertThat(update.object()).isNull();
    }

    @Test
    void aDeleteNamesATombstoneOrAnIdAndNothingElse() {
        assertThat(Inbound.Delete.of(activity("Delete", "'object':{'id':'" + POST + "','type':'Tombstone'}", null))
                        .object())
                .isEqualTo(POST);
        assertThat(Inbound.Delete.of(activity("Delete", "'object':'" + ALICE + "'", null))
                        .object())
                .isEqualTo(ALICE);
        assertRejected(() -> Inbound.Delete.of(activity("Delete", "'object':{}", null)), "the Delete has no object id");
    }

    @Test
    void anAcceptReadsTheFollowItAnswersAndAQuoteStamp() {
        Inbound.Answer answer = Inbound.Answer.of(activity(
                "Accept",
                "'object':{'id':'" + BLOG + "#follows/1','type':'Follow','actor':'" + BLOG + "'},'result':'" + ALICE
                        + "/stamps/1'",
                "blog"));
        assertThat(answer.object()).isEqualTo(BLOG + "#follows/1");
        assertThat(answer.objectActor()).isEqualTo(BLOG);
        assertThat(answer.result()).isEqualTo(ALICE + "/stamps/1");
        assertThat(Inbound.Answer.of(activity("Reject", "'object':'" + BLOG + "#follows/1'", null))
                        .objectActor())
                .isNull();
    }

    @Test
    void aFlagListsEveryNamedObjectAndItsComment() {
        Inbound.Flag flag = Inbound.Flag.of(activity(
                "Flag", "'object':['" + BLOG + "',{'id':'" + POST + "','type':'Note'},7],'content':'spam'", null));
        assertThat(flag.objects()).containsExactly(BLOG, POST);
        assertThat(flag.content()).isEqualTo("spam");
    }

    @Test
    void aMoveNeedsATarget() {
        Inbound.Move move = Inbound.Move.of(
                activity("Move", "'object':'" + ALICE + "','target':'https://n.example/users/alice'", null));
        assertThat(move.object()).isEqualTo(ALICE);
        assertThat(move.target()).isEqualTo("https://n.example/users/alice");
        assertRejected(
                () -> Inbound.Move.of(activity("Move", "'object':'" + ALICE + "'", null)),
                "the Move names no new account");
    }

    @Test
    void aQuoteRequestNeedsAnObjectAndAnInstrument() {
        Inbound.QuoteRequest request = Inbound.QuoteRequest.of(activity(
                "QuoteRequest",
                "'object':'" + POST + "','instrument':{'id':'" + ALICE + "/notes/2','type':'Note'}",
                null));
        assertThat(request.object()).isEqualTo(POST);
        assertThat(request.instrument()).isEqualTo(ALICE + "/notes/2");
        assertThat(request.embeddedInstrument()).isNotNull();
        assertRejected(
                () -> Inbound.QuoteRequest.of(activity("QuoteRequest", "'object':'" + POST + "'", null)),
                "a QuoteRequest needs an id, an object and an instrument");
    }

    @Test
    void anAddOrARemoveNamesItsCollectionAndObject() {
        Inbound.CollectionEdit add = Inbound.CollectionEdit.of(activity(
                "Add", "'object':'" + ALICE + "/notes/1','target':'" + ALICE + "/collections/featured'", null));
        assertThat(add.removes()).isFalse();
        assertThat(add.target()).isEqualTo(ALICE + "/collections/featured");
        assertThat(add.objectId()).isEqualTo(ALICE + "/notes/1");
        assertThat(Inbound.CollectionEdit.of(activity("Remove", "'object':'" + ALICE + "/notes/1'", null))
                        .removes())
                .isTrue();
        assertRejected(
                () -> Inbound.CollectionEdit.of(activity("Remove", "'target':'" + ALICE + "/featured'", null)),
                "the Remove names no object");
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String reason) {
        assertThatThrownBy(read).isInstanceOf(RejectedActivity.class).hasMessage(reason);
    }

    /** An activity of {@code type} by Alice with the given fields (single quotes for double), as stored. */
    private static ReceivedActivity activity(String type, String fields, String recipient) {
        try {
            var json = JSON.readTree(
                    ("{'id':'" + ALICE + "#a/1','type':'" + type + "','actor':'" + ALICE + "'," + fields + "}")
                            .replace('\'', '"'));
            return new ReceivedActivity(1, ALICE + "#a/1", type, ALICE, recipient, json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
