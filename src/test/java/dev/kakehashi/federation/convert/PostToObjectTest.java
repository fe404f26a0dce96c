package dev.kakehashi.federation.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.MediaObject;
import dev.kakehashi.federation.vocab.PostObject;
import dev.kakehashi.federation.vocab.TagObject;
import dev.kakehashi.service.FederationSettings;
import dev.kakehashi.service.FederationSettings.ActorMode;
import dev.kakehashi.service.FederationSettings.ArticleFormat;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostToObjectTest {
    static final FederationSettings BOTH = new FederationSettings(ActorMode.BOTH, "blog", ArticleFormat.NOTE);
    final PostToObject convert = new PostToObject(Posts.IDS);

    @Test
    void aShortPostIsAPublicNoteAttributedToItsAuthor() {
        PostObject note = convert.convert(Posts.note("<p>Hi</p>", Set.of(), List.of()), BOTH, "en");
        assertThat(note.type()).isEqualTo("Note");
        assertThat(note.id()).isEqualTo("https://blog.example/posts/42");
        assertThat(note.attributedTo()).isEqualTo("https://blog.example/actors/7");
        assertThat(note.to()).containsExactly(Contexts.PUBLIC);
        assertThat(note.cc()).containsExactly("https://blog.example/actors/7/followers");
        assertThat(note.summary()).isNull();
        assertThat(note.contentMap()).containsEntry("en", "<p>Hi</p>");
        assertThat(note.published()).isEqualTo("2026-03-04T05:06:07Z");
        assertThat(note.updated()).isNull();
    }

    @Test
    void aShortPostsContentWarningIsItsSummaryAndMakesItSensitive() {
        PostObject note = convert.convert(Posts.warned("<p>The ending</p>", "Film spoilers"), BOTH, "en");
        assertThat(note.type()).isEqualTo("Note");
        assertThat(note.summary()).isEqualTo("Film spoilers");
        assertThat(note.sensitive()).isTrue();
        assertThat(note.content()).isEqualTo("<p>The ending</p>");
    }

    @Test
    void anEditedPostCarriesUpdated() {
        Post p = Posts.note("<p>Hi</p>", Set.of(), List.of());
        p.write(
                new PostContent(null, null, "md2", null, null, Set.of(), List.of()),
                "<p>Hi again</p>",
                Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(convert.convert(p, BOTH, "en").updated()).isEqualTo("2026-03-05T00:00:00Z");
    }

    @Test
    void tagsBecomeHashtagsLinkingTheTagPage() {
        PostObject note = convert.convert(Posts.note("<p>x</p>", Set.of("java", "cats"), List.of()), BOTH, "en");
        assertThat(note.tag())
                .containsExactly(
                        new TagObject("Hashtag", "#cats", "https://blog.example/tags/cats"),
                        new TagObject("Hashtag", "#java", "https://blog.example/tags/java"));
    }

    @Test
    void imagesBecomeAttachmentsWithAltTextSizeAndTypeAtMostFour() {
        var images = List.of(
                Posts.image(1, "A bridge"),
                Posts.image(2, ""),
                Posts.image(3, "c"),
                Posts.image(4, "d"),
                Posts.image(5, "e"));
        List<MediaObject> attachments = convert.convert(Posts.note("<p>x</p>", Set.of(), images), BOTH, "en")
                .attachment();
        assertThat(attachments).hasSize(4);
        assertThat(attachments.get(0))
                .isEqualTo(new MediaObject(
                        "Image",
                        "image/webp",
                        "https://blog.example/media/img1.webp",
                        "A bridge",
                        "A bridge",
                        800,
                        600));
        assertThat(attachments.get(1).name()).isNull();
    }

    @Test
    void contentKeepsOnlyWhatMastodonKeeps() {
        PostObject note = convert.convert(
                Posts.note(
                        "<h2>Head</h2><p>a <img src=\"/x.png\"><a href=\"/tags/x\">t</a></p><table><tr><td>c</td></tr></table>",
                        Set.of(),
                        List.of()),
                BOTH,
                "en");
        assertThat(note.content())
                .contains("<p><strong>Head</strong></p>")
                .contains("href=\"https://blog.example/tags/x\"")
                .doesNotContain("<img", "<table", "<h2");
    }

    @Test
    void byDefaultAnArticleIsANoteWithItsTitleAndPermalinkButNoSummary() {
        PostObject note = convert.convert(Posts.article("Bridges & rivers", "Teaser", "<p>Body</p>", null), BOTH, "en");
        assertThat(note.type()).isEqualTo("Note");
        assertThat(note.summary()).isNull();
        assertThat(note.content())
                .startsWith("<p><strong>Bridges &amp; rivers</strong></p><p>Body</p>")
                .endsWith(
                        "<a href=\"https://blog.example/articles/bridges\">https://blog.example/articles/bridges</a></p>");
        assertThat(note.url()).isEqualTo("https://blog.example/articles/bridges");
    }

    @Test
    void withTheArticleFormatAnArticleFollowsFepB2b8() {
        var settings = new FederationSettings(ActorMode.BOTH, "blog", ArticleFormat.ARTICLE);
        PostObject article = convert.convert(
                Posts.article("Bridges", "A <walk>", "<p>Body</p>", Posts.image(9, "Cover")), settings, "en");
        assertThat(article.type()).isEqualTo("Article");
        assertThat(article.name()).isEqualTo("Bridges");
        assertThat(article.summary()).isEqualTo("<p>A &lt;walk&gt;</p>");
        assertThat(article.content()).isEqualTo("<p>Body</p>");
        assertThat(article.url()).isEqualTo("https://blog.example/articles/bridges");
        assertThat(article.image().url()).isEqualTo("https://blog.example/media/img9.webp");
        assertThat(article.attachment())
                .extracting(MediaObject::url)
                .containsExactly(article.image().url());
    }

    @Test
    void imagesInAnArticlesBodyFollowItsCoverAsAttachmentsOnceEachAtMostFour() {
        String body = "<p><img src=\"/media/img9.webp\" alt=\"Cover again\"></p>"
                + "<p><img src=\"/media/11.png\" alt=\" The river \"><img src=\"https://elsewhere.example/x.png\">"
                + "<img src=\"https://blog.example/media/12.jpg\"><img src=\"/media/11.png\" alt=\"Twice\">"
                + "<img src=\"/media/13.gif\" alt=\"Fifth\"></p>";
        for (ArticleFormat format : ArticleFormat.values()) {
            var settings = new FederationSettings(ActorMode.BOTH, "blog", format);
            List<MediaObject> attachments = convert.convert(
                            Posts.article("Bridges", null, body, Posts.image(9, "Cover")), settings, "en")
                    .attachment();
            assertThat(attachments)
                    .as(format.name())
                    .containsExactly(
                            new MediaObject(
                                    "Image",
                                    "image/webp",
                                    "https://blog.example/media/img9.webp",
                                    "Cover",
                                    "Cover",
                                    800,
                                    600),
                            new MediaObject(
                                    "Image",
                                    "image/png",
                                    "https://blog.example/media/11.png",
                                    "The river",
                                    "The river",
                                    null,
                                    null),
                            new MediaObject(
                                    "Image", "image/jpeg", "https://blog.example/media/12.jpg", null, null, null, null),
                            new MediaObject(
                                    "Image",
                                    "image/gif",
                                    "https://blog.example/media/13.gif",
                                    "Fifth",
                                    "Fifth",
                                    null,
                                    null));
        }
    }

    @Test
    void ownRecordingsInABodyAreDocumentsWithTheirMediaType() {
        String body = "<p><audio controls src=\"/media/21.wav\"><a href=\"/media/21.wav\">Listen</a></audio></p>"
                + "<p><video controls src=\"https://blog.example/media/22.webm\"></video>"
                + "<audio src=\"https://elsewhere.example/media/23.mp3\"></audio><audio src=\"/media/24.exe\"></audio></p>";
        List<MediaObject> attachments = convert.convert(Posts.article("Sounds", null, body, null), BOTH, "en")
                .attachment();
        assertThat(attachments)
                .containsExactly(
                        new MediaObject(
                                "Document", "audio/wav", "https://blog.example/media/21.wav", null, null, null, null),
                        new MediaObject(
                                "Document",
                                "video/webm",
                                "https://blog.example/media/22.webm",
                                null,
                                null,
                                null,
                                null));
    }

    @Test
    void inBlogModePostsAreTheBlogs() {
        var blogOnly = new FederationSettings(ActorMode.BLOG, "blog", ArticleFormat.NOTE);
        PostObject note = convert.convert(Posts.note("<p>x</p>", Set.of(), List.of()), blogOnly, "en");
        assertThat(note.attributedTo()).isEqualTo("https://blog.example/actors/blog");
        assertThat(note.cc()).containsExactly("https://blog.example/actors/blog/followers");
    }

    @Test
    void theCreateCarriesTheObjectsAddressingAndAStableId() {
        Activity create = convert.create(Posts.note("<p>x</p>", Set.of(), List.of()), BOTH, "en");
        PostObject object = (PostObject) create.object();
        assertThat(create.id()).isEqualTo("https://blog.example/posts/42/activity");
        assertThat(create.actor()).isEqualTo(object.attributedTo());
        assertThat(create.to()).isEqualTo(object.to());
        assertThat(create.cc()).isEqualTo(object.cc());
        assertThat(object.context()).isNull();
        assertThat(ApJson.write(create)).startsWith("{\"@context\":[\"https://www.w3.org/ns/activitystreams\",{");
    }

    @Test
    void aDeletedPostIsATombstone() {
        Post p = Posts.note("<p>x</p>", Set.of(), List.of());
        p.delete(Instant.parse("2026-04-01T00:00:00Z"));
        var tombstone = convert.tombstone(p);
        assertThat(tombstone.type()).isEqualTo("Tombstone");
        assertThat(tombstone.id()).isEqualTo("https://blog.example/posts/42");
        assertThat(tombstone.formerType()).isEqualTo("Note");
        assertThat(tombstone.deleted()).isEqualTo("2026-04-01T00:00:00Z");
    }

    @Test
    void aMentionedActorIsTaggedAndAddressedAndALocalAuthorWithoutActorIsNot() {
        Post p = Posts.note("<p>Hi</p>", Set.of("java"), List.of());
        p.mention(List.of(
                new PostMention("bob@m.example", "https://m.example/users/bob", "https://m.example/@bob"),
                new PostMention("cy@blog.example", null, "https://blog.example/@cy")));
        PostObject note = convert.convert(p, BOTH, "en");
        assertThat(note.tag())
                .containsExactly(
                        new TagObject("Hashtag", "#java", "https://blog.example/tags/java"),
                        new TagObject("Mention", "@bob@m.example", "https://m.example/users/bob"));
        assertThat(note.cc()).containsExactly("https://blog.example/actors/7/followers", "https://m.example/users/bob");
        Activity create = convert.create(p, BOTH, "en");
        assertThat(create.cc()).isEqualTo(note.cc());
    }

    @Test
    void everyPostMayBeQuotedAndRepliedToUnlessCommentsAreClosed() {
        Post p = Posts.note("<p>Hi</p>", Set.of(), List.of());
        String open = ApJson.write(convert.convert(p, BOTH, "en"));
        assertThat(open)
                .contains("\"interactionPolicy\":{\"canReply\":{\"automaticApproval\":[\"" + Contexts.PUBLIC
                        + "\"]},\"canQuote\":{\"automaticApproval\":[\"" + Contexts.PUBLIC + "\"]}}")
                .contains("\"canQuote\":{\"@id\":\"gts:canQuote\"")
                .contains("\"gts\":\"https://gotosocial.org/ns#\"");
        p.closeComments(true);
        PostObject closed = convert.convert(p, BOTH, "en");
        assertThat(closed.interactionPolicy().canReply().automaticApproval())
                .containsExactly("https://blog.example/actors/7");
        assertThat(closed.interactionPolicy().canQuote().automaticApproval()).containsExactly(Contexts.PUBLIC);
    }
}
