package dev.kakehashi.federation.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.RemoteMention;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.RemoteTag;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObjectToRemotePostTest {
    private final ObjectToRemotePost convert = new ObjectToRemotePost(new HtmlSanitizer("https://blog.example"));

    private RemotePostContent convert(String host, String name) {
        ObjectNode create = ActivityFixtures.json(host, name);
        return convert.convert(create.path("actor").asText(), create.get("object"));
    }

    @Test
    void readsMastodonNoteWithoutItsScript() {
        RemotePostContent c = convert("mastodon.example", "create-note");
        assertThat(c.uri()).isEqualTo("https://mastodon.example/users/alice/statuses/113000000000000001");
        assertThat(c.type()).isEqualTo("Note");
        assertThat(c.url()).isEqualTo("https://mastodon.example/@alice/113000000000000001");
        assertThat(c.contentHtml())
                .contains("Hello from Mastodon")
                .contains("#")
                .doesNotContain("script");
        assertThat(c.published()).isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
        assertThat(c.updated()).isNull();
    }

    @Test
    void readsWhatANoteAnswersItsHashtagsAndItsMentions() {
        ObjectNode create = ActivityFixtures.json("mastodon.example", "create-note");
        ObjectNode note = (ObjectNode) create.get("object");
        note.put("inReplyTo", "https://blog.example/posts/7");
        note.putArray("tag")
                .add(tag("Hashtag", "https://mastodon.example/tags/fediverse", "#Fediverse"))
                .add(tag("Hashtag", "https://mastodon.example/tags/fediverse", "#fediverse"))
                .add(tag("Hashtag", null, "#not valid"))
                .add(tag("Mention", "https://blog.example/actors/3", "@mio@Blog.Example"))
                .add(tag("Mention", "https://mastodon.example/users/bob", "@bob"))
                .add(tag("Mention", "https://mastodon.example/users/bob", "@bob@mastodon.example"))
                .add(tag("Mention", "javascript:alert(1)", "@eve@evil.example"))
                .add(tag("Mention", "https://mastodon.example/users/nameless", null));

        RemotePostContent c = convert.convert(create.path("actor").asText(), note);

        assertThat(c.inReplyTo()).isEqualTo("https://blog.example/posts/7");
        assertThat(c.tags())
                .as("lower case, once each, only names a hashtag can have")
                .containsExactly(new RemoteTag("fediverse", "https://mastodon.example/tags/fediverse"));
        assertThat(c.mentions())
                .as("an actor once; a handle without host gets its actor's; no mention without a URL or a name")
                .containsExactly(
                        new RemoteMention("https://blog.example/actors/3", "mio@blog.example"),
                        new RemoteMention("https://mastodon.example/users/bob", "bob@mastodon.example"));
    }

    @Test
    void aNoteThatAnswersNothingAndTagsNothingHasNone() {
        RemotePostContent c = convert("gts.example", "create-note");
        assertThat(c.inReplyTo()).isNull();
        assertThat(c.mentions()).isEmpty();
    }

    private static ObjectNode tag(String type, String href, String name) {
        ObjectNode tag = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        tag.put("type", type);
        if (href != null) {
            tag.put("href", href);
        }
        if (name != null) {
            tag.put("name", name);
        }
        return tag;
    }

    @Test
    void readsMisskeyNoteWithMillisecondDatesAndHtmlNotMfm() {
        RemotePostContent c = convert("misskey.example", "create-note");
        assertThat(c.contentHtml()).contains("Misskey says hi").contains("<a ");
        assertThat(c.published()).isEqualTo(Instant.parse("2026-06-01T11:00:00.123Z"));
        assertThat(c.url()).isNull();
    }

    @Test
    void readsPleromaNoteWithMicrosecondsAndDropsTheOnerrorImage() {
        RemotePostContent c = convert("pleroma.example", "create-note");
        assertThat(c.contentHtml()).contains("<b>bold</b>").doesNotContain("onerror");
        assertThat(c.summary()).isNull();
        assertThat(c.published()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
    }

    @Test
    void readsGoToSocialNoteWithSingleStringAddressing() {
        RemotePostContent c = convert("gts.example", "create-note");
        assertThat(c.contentHtml()).isEqualTo("<p>GoToSocial post</p>");
        assertThat(c.url()).isEqualTo("https://gts.example/@dave/statuses/01HZX4ABCD");
    }

    @Test
    void readsWordPressArticleWithTitleTeaserAndNoIframe() {
        RemotePostContent c = convert("wp.example", "create-article");
        assertThat(c.type()).isEqualTo("Article");
        assertThat(c.name()).isEqualTo("A WordPress article");
        assertThat(c.summary()).contains("teaser");
        assertThat(c.contentHtml()).contains("A WordPress article body").doesNotContain("iframe");
    }

    @Test
    void fallsBackToContentMapWhenContentIsMissing() {
        ObjectNode create = ActivityFixtures.json("gts.example", "create-note");
        ((ObjectNode) create.get("object")).remove("content");
        RemotePostContent c = convert.convert(create.path("actor").asText(), create.get("object"));
        assertThat(c.contentHtml()).isEqualTo("<p>GoToSocial post</p>");
    }

    @Test
    void rejectsNoteAttributedToSomeoneElse() {
        ObjectNode create = ActivityFixtures.json("mastodon.example", "create-note");
        ((ObjectNode) create.get("object")).put("attributedTo", "https://mastodon.example/users/mallory");
        assertThatThrownBy(() -> convert.convert(create.path("actor").asText(), create.get("object")))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("not attributed");
    }

    @Test
    void rejectsNoteWhoseIdIsOnAnotherServer() {
        ObjectNode create = ActivityFixtures.json("mastodon.example", "create-note");
        ((ObjectNode) create.get("object")).put("id", "https://elsewhere.example/statuses/1");
        assertThatThrownBy(() -> convert.convert(create.path("actor").asText(), create.get("object")))
                .isInstanceOf(RejectedActivity.class)
                .hasMessageContaining("not on the actor's server");
    }

    @Test
    void acceptsPeerTubeStyleListOfAttributions() {
        ObjectNode create = ActivityFixtures.json("gts.example", "create-note");
        ObjectNode note = (ObjectNode) create.get("object");
        note.putArray("attributedTo")
                .add(note.objectNode().put("type", "Group").put("id", "https://gts.example/groups/x"))
                .add(note.objectNode().put("type", "Person").put("id", "https://gts.example/users/dave"));
        assertThat(convert.convert("https://gts.example/users/dave", note).actorUri())
                .isEqualTo("https://gts.example/users/dave");
    }

    @Test
    void rejectsObjectGivenOnlyByItsId() {
        ObjectNode create = ActivityFixtures.json("gts.example", "create-note");
        create.put("object", "https://gts.example/users/dave/statuses/01HZX4ABCD");
        assertThatThrownBy(() -> convert.convert("https://gts.example/users/dave", create.get("object")))
                .isInstanceOf(RejectedActivity.class);
    }
}
