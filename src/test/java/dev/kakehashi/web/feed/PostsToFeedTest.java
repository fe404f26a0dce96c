package dev.kakehashi.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.kakehashi.web.Fixtures;
import dev.kakehashi.web.feed.PostsToFeed.Channel;
import dev.kakehashi.web.feed.PostsToFeed.Format;
import dev.kakehashi.web.view.PostView;
import java.io.StringReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class PostsToFeedTest {
    static final Channel CHANNEL =
            new Channel("Blog", "", "en", "https://blog.example/", "https://blog.example/feed.xml");

    @Test
    void theContentIsTheStoredAbsoluteHtmlNotThePageHtml() {
        PostView post = Fixtures.article("<p><a href=\"/archive\">a</a></p>", null, List.of(), null);
        String absolute = "<p><a href=\"https://blog.example/archive\">a</a></p>";
        String html = PostsToFeed.contentHtml(new PostView(
                post.id(),
                post.article(),
                post.title(),
                post.url(),
                post.permalink(),
                post.html(),
                post.summary(),
                post.published(),
                post.edited(),
                post.author(),
                post.tags(),
                post.cover(),
                post.attachments(),
                post.commentsClosed(),
                absolute,
                null));
        assertThat(html).isEqualTo(absolute);
    }

    @Test
    void theCoverComesFirstAndAttachmentsLastWithTheirAltText() {
        String html = PostsToFeed.contentHtml(Fixtures.article(
                "<p>Body</p>",
                Fixtures.image("cover.webp", "A \"quoted\" cover"),
                List.of(Fixtures.image("one.webp", "First"), Fixtures.image("two.webp", "Second")),
                null));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("img").eachAttr("alt")).containsExactly("A \"quoted\" cover", "First", "Second");
        assertThat(doc.body().child(1).text()).isEqualTo("Body");
    }

    @Test
    void codeBlocksKeepTheirLineBreaksInTheFeed() {
        String rss = PostsToFeed.write(
                Format.RSS,
                CHANNEL,
                List.of(Fixtures.article("<pre><code>one\n  two\n</code></pre>", null, List.of(), null)));
        Document doc = Jsoup.parse(rss, "", Parser.xmlParser());
        String html = doc.select("content|encoded").first().wholeText();
        assertThat(Jsoup.parse(html).select("pre").first().wholeText()).isEqualTo("one\n  two\n");
    }

    @Test
    void anRssFeedWithoutPostsIsStillValidRss() {
        Document rss = Jsoup.parse(PostsToFeed.write(Format.RSS, CHANNEL, List.of()), "", Parser.xmlParser());
        assertThat(rss.select("channel > title").text()).isEqualTo("Blog");
        assertThat(rss.select("channel > description").text()).isEqualTo("Blog");
        assertThat(rss.select("item")).isEmpty();
    }

    @Test
    void aFeedReaderShowsHtmlInRssDescriptionsAsTextAsInAtom() throws Exception {
        String hostile = "<img src=x onerror=alert(1)> & more";
        Channel channel = new Channel("Blog", hostile, "en", "https://blog.example/", "https://blog.example/feed.xml");
        PostView post = Fixtures.article("<p>Body</p>", null, List.of(), null);
        PostView withSummary = new PostView(
                post.id(),
                post.article(),
                post.title(),
                post.url(),
                post.permalink(),
                post.html(),
                hostile,
                post.published(),
                post.edited(),
                post.author(),
                post.tags(),
                post.cover(),
                post.attachments(),
                post.commentsClosed(),
                post.absoluteHtml(),
                null);
        for (Format format : Format.values()) {
            SyndFeed read = new SyndFeedInput()
                    .build(new StringReader(PostsToFeed.write(format, channel, List.of(withSummary))));
            // What a reader shows: RSS descriptions are HTML, Atom's carry their type.
            for (var shown : List.of(
                    shown(
                            format,
                            read.getDescriptionEx() != null
                                    ? read.getDescriptionEx().getType()
                                    : null,
                            read.getDescription()),
                    shown(
                            format,
                            read.getEntries().get(0).getDescription().getType(),
                            read.getEntries().get(0).getDescription().getValue()))) {
                assertThat(shown.select("img"))
                        .as(format + ": " + shown.body().html())
                        .isEmpty();
                assertThat(shown.text()).as(format.name()).isEqualTo(hostile);
            }
        }
    }

    private static Document shown(Format format, String type, String value) {
        boolean html = format == Format.RSS || "html".equals(type) || "text/html".equals(type);
        return html ? Jsoup.parseBodyFragment(value) : Jsoup.parseBodyFragment(org.jsoup.nodes.Entities.escape(value));
    }

    @Test
    void aFeedItemBehindAContentWarningStartsWithTheWarningAndFoldsTheText() {
        PostView post =
                Fixtures.warned("<p>The ending</p>", "Spoilers <b>&</b> more", List.of(Fixtures.image("a.webp", "A")));
        for (Format format : Format.values()) {
            Document doc = Jsoup.parse(PostsToFeed.write(format, CHANNEL, List.of(post)), "", Parser.xmlParser());
            String title = doc.select(format == Format.RSS ? "item > title" : "entry > title")
                    .text();
            assertThat(title).isEqualTo("CW: Spoilers <b>&</b> more");
            String html = doc.select(format == Format.RSS ? "content|encoded" : "entry > content")
                    .first()
                    .wholeText();
            Document content = Jsoup.parseBodyFragment(html);
            assertThat(content.body().child(0).tagName()).isEqualTo("details");
            assertThat(content.select("details > summary").text()).isEqualTo("CW: Spoilers <b>&</b> more");
            assertThat(content.select("details > p").first().text()).isEqualTo("The ending");
            assertThat(content.select("details img").attr("alt")).isEqualTo("A");
        }
    }

    @Test
    void anAtomEntryUsesThePermanentAddressAsIdAndThePrettyOneAsLink() {
        String atom = PostsToFeed.write(
                Format.ATOM, CHANNEL, List.of(Fixtures.article("<p>Body</p>", null, List.of(), null)));
        Document doc = Jsoup.parse(atom, "", Parser.xmlParser());
        assertThat(doc.select("entry > id").text()).isEqualTo("https://blog.example/posts/42");
        assertThat(doc.select("entry > link[rel=alternate]").attr("href"))
                .isEqualTo("https://blog.example/articles/title");
        assertThat(doc.select("entry > published").text()).isEqualTo("2026-03-04T05:06:07Z");
    }
}
