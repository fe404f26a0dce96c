package dev.kakehashi.service.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns matches in the text of an HTML fragment into elements (mentions, hashtags), never inside links or code. */
final class TextLinks {
    private static final Set<String> NO_LINKS_INSIDE = Set.of("a", "code", "pre");

    private TextLinks() {}

    /** The text nodes under {@code root}, except those inside a link, code or pre. */
    static List<TextNode> texts(Element root) {
        List<TextNode> into = new ArrayList<>();
        collect(root, into);
        return into;
    }

    private static void collect(Element e, List<TextNode> into) {
        if (NO_LINKS_INSIDE.contains(e.normalName())) {
            return;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                into.add(t);
            } else if (n instanceof Element child) {
                collect(child, into);
            }
        }
    }

    /**
     * Replaces each match of {@code pattern} in {@code t} by what {@code markup} makes of it; a match
     * for which it gives null stays text.
     */
    static void replace(TextNode t, Pattern pattern, Function<Matcher, Node> markup) {
        String text = t.getWholeText();
        Matcher m = pattern.matcher(text);
        List<Node> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            Node node = markup.apply(m);
            if (node == null) {
                continue;
            }
            if (m.start() > last) {
                parts.add(new TextNode(text.substring(last, m.start())));
            }
            parts.add(node);
            last = m.end();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (last < text.length()) {
            parts.add(new TextNode(text.substring(last)));
        }
        for (Node part : parts) {
            t.before(part);
        }
        t.remove();
    }
}
