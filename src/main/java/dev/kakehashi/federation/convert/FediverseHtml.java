package dev.kakehashi.federation.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Cuts post HTML down to what Mastodon's sanitizer keeps (INTEROP A6.4), so what we send is what
 * readers see: headings become bold paragraphs, images and tables go, links keep only http(s).
 */
public final class FediverseHtml {
    private static final Safelist KEPT = new Safelist()
            .addTags(
                    "p",
                    "span",
                    "br",
                    "a",
                    "del",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "b",
                    "i",
                    "u",
                    "ul",
                    "ol",
                    "li",
                    "blockquote")
            .addAttributes("span", "class")
            .addAttributes("a", "href", "rel", "class")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("li", "value")
            .addProtocols("a", "href", "http", "https");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private FediverseHtml() {}

    public static String clean(String html, String baseUri) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html, baseUri);
        doc.outputSettings(OUTPUT.clone());
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            Element strong = new Element("strong").html(heading.html());
            heading.replaceWith(new Element("p").appendChild(strong));
        }
        // Relative links would point at the reader's own server once copied there.
        for (Element a : doc.select("a[href]")) {
            a.attr("href", a.absUrl("href"));
        }
        return Jsoup.clean(doc.body().html(), baseUri, KEPT, OUTPUT);
    }
}
