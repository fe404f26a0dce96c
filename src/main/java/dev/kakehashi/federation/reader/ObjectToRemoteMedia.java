package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A received post's {@code attachment} array as its media, the files left where they are: each
 * entry with an http(s) {@code url}, its {@code mediaType}, alt text ({@code name}, else {@code
 * summary}), {@code blurhash}, {@code focalPoint} and size, as Mastodon sends them. Links (preview
 * cards), entries without a usable URL and those past the 16th are dropped.
 */
public final class ObjectToRemoteMedia {
    /** Mastodon keeps four; Misskey and Pleroma send more, which apps page through. */
    static final int MAX = 16;

    private static final int MAX_URL = 2048;
    private static final int MAX_ALT = 1500;
    private static final int MAX_BLURHASH = 100;

    private ObjectToRemoteMedia() {}

    public static List<RemoteMedia> of(JsonNode object) {
        List<RemoteMedia> out = new ArrayList<>();
        for (JsonNode a : Lenient.asArray(object == null ? null : object.get("attachment"))) {
            if (out.size() == MAX) {
                break;
            }
            if (!a.isObject() || "Link".equals(Lenient.text(a.get("type")))) {
                continue;
            }
            String url = Lenient.href(a.get("url"));
            if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.length() > MAX_URL) {
                continue;
            }
            String mediaType = cut(Lenient.text(a.get("mediaType")), 255);
            double[] focus = focus(a.get("focalPoint"));
            out.add(new RemoteMedia(
                    out.size(),
                    url,
                    mediaType,
                    RemoteMedia.Kind.of(mediaType, Lenient.text(a.get("type"))),
                    alt(a),
                    blurhash(Lenient.text(a.get("blurhash"))),
                    focus == null ? null : focus[0],
                    focus == null ? null : focus[1],
                    size(a.get("width")),
                    size(a.get("height"))));
        }
        return out;
    }

    private static String alt(JsonNode a) {
        String alt = Lenient.text(a.get("name"));
        if (alt == null) {
            alt = Lenient.text(a.get("summary"));
        }
        if (alt == null) {
            return null;
        }
        String text = HtmlSanitizer.text(alt).strip();
        return text.isEmpty() ? null : cut(text, MAX_ALT);
    }

    /** A blurhash is short and of its own 83 characters; anything else is dropped. */
    private static String blurhash(String s) {
        return s != null && s.length() <= MAX_BLURHASH && s.matches("[0-9A-Za-z#$%*+,\\-.:;=?@\\[\\]^_{|}~]+")
                ? s
                : null;
    }

    /** {@code [x, y]}, each from -1 to 1; null when it is anything else. */
    private static double[] focus(JsonNode node) {
        if (node == null
                || !node.isArray()
                || node.size() != 2
                || !node.get(0).isNumber()
                || !node.get(1).isNumber()) {
            return null;
        }
        double x = node.get(0).asDouble();
        double y = node.get(1).asDouble();
        return Math.abs(x) <= 1 && Math.abs(y) <= 1 ? new double[] {x, y} : null;
    }

    /** A positive pixel count, or null. */
    private static Integer size(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt() && node.asInt() > 0
                ? node.asInt()
                : null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
