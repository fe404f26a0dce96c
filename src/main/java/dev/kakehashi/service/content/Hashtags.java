package dev.kakehashi.service.content;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code #hashtags} typed in a short post, as Mastodon treats them: each becomes a tag of the post
 * and a link to its tag page ({@code <a class="mention hashtag" rel="tag">#<span>tag</span></a>}).
 * A hashtag starts after a space or punctuation, never inside a word or a URL, and holds at least
 * one letter, so {@code #1} and {@code page#anchor} are not hashtags.
 */
public final class Hashtags {
    static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_/&#])#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");

    private final UnaryOperator<String> tagUrl;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    /** @param tagUrl the public URL of a tag's page */
    public Hashtags(UnaryOperator<String> tagUrl) {
        this.tagUrl = tagUrl;
    }

    /** The tags named by hashtags in {@code text}, in their stored form, first seen first. */
    public static Set<String> find(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text == null) {
            return tags;
        }
        Matcher m = HASHTAG.matcher(text);
        while (m.find() && tags.size() < 100) {
            tags.add(Tags.normalize(m.group(1)));
        }
        return tags;
    }

    /** The HTML with each hashtag outside links and code turned into a link to its tag page. */
    public String link(String html) {
        if (html == null || html.indexOf('#') < 0) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings(output.clone());
        for (TextNode t : TextLinks.texts(doc.body())) {
            TextLinks.replace(t, HASHTAG, this::markup);
        }
        return doc.body().html();
    }

    private Node markup(Matcher m) {
        String tag = Tags.normalize(m.group(1));
        if (!Tags.VALID.matcher(tag).matches()) {
            return null;
        }
        Element a = new Element("a")
                .attr("href", tagUrl.apply(tag))
                .addClass("mention")
                .addClass("hashtag")
                .attr("rel", "tag");
        a.appendText("#");
        a.appendElement("span").text(m.group(1));
        return a;
    }
}
