package dev.kakehashi.service.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The allowlist every piece of HTML passes before it is stored or shown: formatting, links, images,
 * tables, code, footnotes. No scripts, styles, event handlers, forms or frames.
 */
public final class HtmlSanitizer {
    /** Raise whenever the allowlist or the text extraction changes: stored renderings are redone. */
    public static final int VERSION = 1;

    private final String baseUri;
    private final Safelist safelist;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    public HtmlSanitizer(String baseUri) {
        this.baseUri = baseUri;
        this.safelist = Safelist.relaxed()
                .addTags("del", "s", "section", "hr", "figure", "figcaption", "mark")
                .addAttributes("a", "id", "rel")
                .addAttributes("li", "id")
                .addAttributes("sup", "class")
                .addAttributes("section", "class")
                .addAttributes("code", "class")
                .addAttributes("h1", "id")
                .addAttributes("h2", "id")
                .addAttributes("h3", "id")
                .addAttributes("h4", "id")
                .addAttributes("h5", "id")
                .addAttributes("h6", "id")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("img", "loading")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    public String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return Jsoup.clean(html, baseUri, safelist, output);
    }

    /** The visible text of some HTML, whitespace folded: for excerpts, titles and meta tags. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    /** At most {@code max} characters of the text, cut at a word and marked with an ellipsis. */
    public static String summary(String html, int max) {
        String text = text(html);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
