package dev.kakehashi.federation.comments;

import static dev.kakehashi.federation.reader.ActivityFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.service.CommentService.Reply;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.content.XssVectors;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replies as each server sends them, read as comments. */
class NoteToCommentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NoteToComment convert = new NoteToComment(new HtmlSanitizer("https://blog.example"));

    private Reply reply(String host) {
        ObjectNode activity = json(host, "create-reply");
        return convert.convert(activity.path("actor").asText(), "Name", activity.get("object"));
    }

    @Test
    void readsMastodonReplyWithContentWarningAndItsImage() throws Exception {
        Reply r = reply("mastodon.example");
        assertThat(r.uri()).isEqualTo("https://mastodon.example/users/alice/statuses/113000000000000500");
        assertThat(r.url()).isEqualTo("https://mastodon.example/@alice/113000000000000500");
        assertThat(r.actorHost()).isEqualTo("mastodon.example");
        assertThat(r.content().summary()).isEqualTo("Spoilers for chapter 3");
        assertThat(r.content().sensitive()).isTrue();
        assertThat(r.content().contentHtml()).contains("The butler did it!");
        JsonNode media = JSON.readTree(r.content().attachmentsJson());
        assertThat(media).hasSize(1);
        assertThat(media.get(0).path("alt").asText()).isEqualTo("A butler holding a candlestick");
        assertThat(media.get(0).path("image").asBoolean()).isTrue();
        assertThat(r.published()).isEqualTo(Instant.parse("2026-06-01T14:00:00Z"));
        assertThat(NoteToComment.inReplyTo(
                        json("mastodon.example", "create-reply").get("object")))
                .isEqualTo("https://blog.example/posts/1001");
    }

    @Test
    void acceptsMisskeyReplyWithQuoteAndMisskeyContent() throws Exception {
        Reply r = reply("misskey.example");
        // The HTML content wins over the MFM source; the quote fields do not get in the way.
        assertThat(r.content().contentHtml())
                .contains("Quoting the other post too")
                .contains("<a href=");
        assertThat(r.content().summary()).isNull();
        assertThat(r.url()).isEqualTo("https://misskey.example/notes/9f3k2n0500");
        JsonNode media = JSON.readTree(r.content().attachmentsJson());
        assertThat(media.get(0).path("mediaType").asText()).isEqualTo("image/webp");
        assertThat(media.get(0).path("alt").asText()).isEmpty();
    }

    @Test
    void misskeyReplyWithOnlyMfmShowsItAsEscapedText() {
        ObjectNode object = (ObjectNode) json("misskey.example", "create-reply").get("object");
        object.remove("content");
        object.put("_misskey_content", "<b>not html</b> **bold**");
        assertThat(convert.content(object).contentHtml()).isEqualTo("<p>&lt;b&gt;not html&lt;/b&gt; **bold**</p>");
    }

    @Test
    void readsPleromaReplyWithLinkArrayAttachmentsAndDropsTheOnerrorImage() throws Exception {
        Reply r = reply("pleroma.example");
        assertThat(r.content().contentHtml())
                .contains("I think it was the cook")
                .doesNotContain("onerror");
        assertThat(r.content().sensitive()).isFalse();
        assertThat(r.content().summary()).isNull();
        assertThat(r.published()).isEqualTo(Instant.parse("2026-06-01T14:30:00Z"));
        JsonNode media = JSON.readTree(r.content().attachmentsJson());
        assertThat(media).hasSize(2);
        assertThat(media.get(0).path("url").asText()).isEqualTo("https://pleroma.example/media/4e5f6a7b.png");
        assertThat(media.get(0).path("image").asBoolean()).isTrue();
        assertThat(media.get(1).path("image").asBoolean()).isFalse();
        assertThat(media.get(1).path("alt").asText()).isEqualTo("menu.pdf");
    }

    @Test
    void readsGoToSocialSensitiveReplyWithAnEmptySummary() throws Exception {
        Reply r = reply("gts.example");
        assertThat(r.content().summary()).isNull();
        assertThat(r.content().sensitive()).isTrue();
        JsonNode media = JSON.readTree(r.content().attachmentsJson());
        assertThat(media.get(0).path("alt").asText()).isEqualTo("A kitchen knife");
        assertThat(media.get(0).path("image").asBoolean()).isTrue();
    }

    @Test
    void readsWordPressCommentAndDropsItsScript() {
        Reply r = reply("wp.example");
        assertThat(r.content().contentHtml()).contains("Great post!").doesNotContain("script", "cookie");
        assertThat(r.url()).isEqualTo("https://wp.example/2026/06/01/hello/#comment-17");
    }

    @Test
    void updatesCarryTheirEditTime() {
        assertThat(convert.content(json("mastodon.example", "update-reply").get("object"))
                        .updated())
                .isEqualTo(Instant.parse("2026-06-01T14:20:00Z"));
        assertThat(convert.content(json("gts.example", "update-reply").get("object"))
                        .contentHtml())
                .contains("all evening");
    }

    @Test
    void onlyTheFirstFourAttachmentsAreKeptAndLinksAreSkipped() throws Exception {
        ObjectNode object =
                (ObjectNode) json("mastodon.example", "create-reply").get("object");
        var list = object.putArray("attachment");
        list.addObject().put("type", "Link").put("href", "https://card.example/");
        for (int i = 0; i < 6; i++) {
            list.addObject()
                    .put("type", "Image")
                    .put("mediaType", "image/png")
                    .put("url", "https://files.example/" + i + ".png");
        }
        list.addObject().put("type", "Image").put("url", "javascript:alert(1)");
        JsonNode media = JSON.readTree(convert.content(object).attachmentsJson());
        assertThat(media).hasSize(4);
        assertThat(media.get(0).path("url").asText()).isEqualTo("https://files.example/0.png");
    }

    @ParameterizedTest
    @MethodSource("dev.kakehashi.service.content.XssVectors#all")
    void knownXssVectorsInReplyContentOrWarningLeaveNothingExecutable(String attack) {
        ObjectNode object =
                (ObjectNode) json("mastodon.example", "create-reply").get("object");
        object.put("content", attack).put("summary", attack);
        object.remove("contentMap");
        var c = convert.content(object);
        XssVectors.assertHarmless(c.contentHtml(), attack);
        // The warning is kept as the text it shows, never as markup: the page escapes it.
        String text = HtmlSanitizer.text(attack).strip();
        assertThat(c.summary()).isEqualTo(text.isEmpty() ? null : text);
    }
}
