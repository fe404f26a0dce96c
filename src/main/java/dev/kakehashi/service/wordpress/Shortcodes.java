package dev.kakehashi.service.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * WordPress's own shortcodes turned into HTML: {@code [caption]}, {@code [gallery]}, {@code
 * [embed]}, {@code [audio]} and {@code [video]}. Others stay as text and are listed, for the report.
 */
final class Shortcodes {
    private static final Pattern ENCLOSING =
            Pattern.compile("\\[(caption|wp_caption|embed)(\\s[^\\]]*)?\\](.*?)\\[/\\1\\]", Pattern.DOTALL);
    private static final Pattern SELF_CLOSING =
            Pattern.compile("\\[(gallery|audio|video|embed)(\\s[^\\]]*?)?/?\\](?:\\[/\\1\\])?");
    private static final Pattern ANY = Pattern.compile("\\[([a-zA-Z][\\w-]*)(?:\\s[^\\]]*)?/?\\]");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    private static final Set<String> OWN = Set.of("caption", "wp_caption", "gallery", "audio", "video", "embed");

    private Shortcodes() {}

    /** The text with the known shortcodes in HTML; unknown shortcode names are added to {@code unknown}. */
    static String expand(String text, LongFunction<String> attachmentUrl, Set<String> unknown) {
        String s = replace(ENCLOSING, text, m -> enclosing(m.group(1), attributes(m.group(2)), m.group(3)));
        s = replace(SELF_CLOSING, s, m -> selfClosing(m.group(1), attributes(m.group(2)), attachmentUrl));
        Matcher any = ANY.matcher(s);
        while (any.find()) {
            if (!OWN.contains(any.group(1))) {
                unknown.add(any.group(1));
            }
        }
        return s;
    }

    /** Every unknown shortcode name in a text, sorted. */
    static Set<String> unknownIn(String text) {
        Set<String> names = new TreeSet<>();
        expand(text, id -> null, names);
        return names;
    }

    private interface Replacement {
        String apply(Matcher m);
    }

    private static String replace(Pattern p, String text, Replacement r) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(r.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String enclosing(String name, Map<String, String> a, String inner) {
        if ("embed".equals(name)) {
            return link(inner.strip(), inner.strip());
        }
        // [caption]<a><img></a> The caption text[/caption]: the caption is what follows the image.
        String body = inner.strip();
        int end = Math.max(body.lastIndexOf("/>"), body.lastIndexOf("</a>"));
        end = end < 0 ? body.lastIndexOf('>') : end + (body.startsWith("</a>", end) ? 4 : 2);
        String media = end < 0 ? "" : body.substring(0, end);
        String caption = end < 0 ? body : body.substring(end).strip();
        if (caption.isEmpty()) {
            caption = a.getOrDefault("caption", "");
        }
        return "\n\n<figure>" + media + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
                + "</figure>\n\n";
    }

    private static String selfClosing(String name, Map<String, String> a, LongFunction<String> attachmentUrl) {
        switch (name) {
            case "gallery" -> {
                StringBuilder figure = new StringBuilder("\n\n<figure>");
                for (String id : a.getOrDefault("ids", "").split(",")) {
                    String url = id.isBlank() ? null : attachmentUrl.apply(parse(id));
                    if (url != null) {
                        figure.append("<img src=\"")
                                .append(Entities.escape(url))
                                .append("\" alt=\"\">");
                    }
                }
                return figure.append("</figure>\n\n").toString();
            }
            case "embed" -> {
                String url = a.getOrDefault("url", a.getOrDefault("src", ""));
                return url.isEmpty() ? "" : link(url, url);
            }
            default -> {
                String src = a.get("src");
                for (String ext : new String[] {"mp3", "m4a", "ogg", "wav", "mp4", "webm", "m4v", "mov"}) {
                    src = src != null ? src : a.get(ext);
                }
                String what = "audio".equals(name) ? "Listen: " : "Watch: ";
                return src == null ? "" : player(name, src, what + src.substring(src.lastIndexOf('/') + 1));
            }
        }
    }

    /** An {@code <audio>} or {@code <video>} player, with a link for a reader whose browser has none. */
    private static String player(String element, String url, String label) {
        String src = Entities.escape(url);
        return "\n\n<p><" + element + " controls preload=\"metadata\" src=\"" + src + "\"><a href=\"" + src + "\">"
                + Entities.escape(label) + "</a></" + element + "></p>\n\n";
    }

    private static String link(String url, String label) {
        return "\n\n<p><a href=\"" + Entities.escape(url) + "\">" + Entities.escape(label) + "</a></p>\n\n";
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Map<String, String> attributes(String raw) {
        Map<String, String> a = new LinkedHashMap<>();
        if (raw == null) {
            return a;
        }
        Matcher m = ATTRIBUTE.matcher(raw);
        while (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            a.put(m.group(1).toLowerCase(java.util.Locale.ROOT), v);
        }
        return a;
    }
}
