package dev.kakehashi.service.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * The allowlist every piece of HTML passes before it is stored or shown: formatting, links, images,
 * audio and video players (our own HTML only), tables, code, footnotes. No scripts, styles, event handlers, forms or frames. HTML from other
 * servers passes a stricter variant (see {@link #sanitizeRemote}).
 */
public final class HtmlSanitizer {
    /** Remote HTML is cut to this many characters before it is parsed. */
    public static final int REMOTE_MAX_CHARS = 200_000;
    /** Remote elements nested deeper than this are dropped, their text kept. */
    public static final int REMOTE_MAX_DEPTH = 32;
    /** Raise whenever the allowlist or the text extraction changes: stored renderings are redone. */
    public static final int VERSION = 2;

    private final String baseUri;
    private final Safelist safelist;
    private final Safelist remoteSafelist;
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    public HtmlSanitizer(String baseUri) {
        this.baseUri = baseUri;
        this.remoteSafelist = common();
        // Our own posts keep ids: footnotes and headings link to them.
        this.safelist = common().addAttributes("a", "id")
                .addAttributes("li", "id")
                .addAttributes("h1", "id")
                .addAttributes("h2", "id")
                .addAttributes("h3", "id")
                .addAttributes("h4", "id")
                .addAttributes("h5", "id")
                .addAttributes("h6", "id")
                // Players for our own recordings (an imported [audio] or [video]): no autoplay, and
                // never in remote HTML, which would make every reader's browser fetch from elsewhere.
                .addTags("audio", "video")
                .addAttributes("audio", "src", "controls", "preload", "loop")
                .addAttributes("video", "src", "controls", "preload", "loop", "width", "height")
                .addProtocols("audio", "src", "http", "https")
                .addProtocols("video", "src", "http", "https");
    }

    private static Safelist common() {
        return Safelist.relaxed()
                .addTags("del", "s", "section", "hr", "figure", "figcaption", "mark")
                .addAttributes("a", "rel")
                .addAttributes("sup", "class")
                .addAttributes("section", "class")
                .addAttributes("code", "class")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("img", "loading")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    /** Our own HTML (rendered Markdown, plugins' filters). */
    public String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return Jsoup.clean(html, baseUri, safelist, output);
    }

    /**
     * HTML from another server (comments, followed posts, profiles): no {@code id} or {@code name}
     * (they could hijack our anchors or clobber the page's DOM), at most {@link #REMOTE_MAX_CHARS}
     * characters read, and elements deeper than {@link #REMOTE_MAX_DEPTH} flattened into their text,
     * so a reply of 100,000 nested {@code <div>}s stays a small page.
     */
    public String sanitizeRemote(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String cut = html;
        if (cut.length() > REMOTE_MAX_CHARS) {
            int end = Character.isHighSurrogate(cut.charAt(REMOTE_MAX_CHARS - 1))
                    ? REMOTE_MAX_CHARS - 1
                    : REMOTE_MAX_CHARS;
            cut = cut.substring(0, end);
            // Never leave half a tag at the end: the parser would show it as text.
            int lt = cut.lastIndexOf('<');
            if (lt > cut.lastIndexOf('>')) {
                cut = cut.substring(0, lt);
            }
        }
        Document dirty = Jsoup.parseBodyFragment(cut, baseUri);
        flattenBeyond(dirty.body(), REMOTE_MAX_DEPTH);
        Document clean = new Cleaner(remoteSafelist).clean(dirty);
        clean.outputSettings(output);
        return clean.body().html();
    }

    /** Each element at {@code maxDepth} below {@code root} keeps only the text of what it holds. */
    private static void flattenBeyond(Element root, int maxDepth) {
        List<Element> atLimit = new ArrayList<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (depth == maxDepth && node instanceof Element e && e.childrenSize() > 0) {
                        atLimit.add(e);
                    }
                },
                root);
        for (Element e : atLimit) {
            List<TextNode> texts = new ArrayList<>();
            NodeTraversor.traverse(
                    (node, depth) -> {
                        if (node instanceof TextNode t) {
                            texts.add(t);
                        }
                    },
                    e);
            e.empty();
            for (TextNode t : texts) {
                e.appendChild(new TextNode(t.getWholeText()));
            }
        }
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
