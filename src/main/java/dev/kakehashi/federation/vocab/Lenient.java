package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ActivityStreams values the way peers really send them: any property may be a single value
 * or an array, an object or its id, a plain string or a language map (INTEROP A5.3, Mastodon's
 * {@code as_array}, {@code value_or_id}, {@code url_to_href}).
 */
public final class Lenient {
    private Lenient() {}

    /** The value as a list: an array's elements, a single value, or nothing for null/absent. */
    public static List<JsonNode> asArray(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /** The first value, or null. */
    public static JsonNode first(JsonNode node) {
        List<JsonNode> all = asArray(node);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A string, or the {@code id} of an object; the first one of an array. */
    public static String idOf(JsonNode node) {
        JsonNode v = first(node);
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return blankToNull(v.asText());
        }
        if (v.isObject()) {
            return text(v.get("id"));
        }
        return null;
    }

    /** A plain string, the {@code @value} of a value object, or null. */
    public static String text(JsonNode node) {
        JsonNode v = first(node);
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return blankToNull(v.asText());
        }
        if (v.isObject() && v.has("@value")) {
            return text(v.get("@value"));
        }
        return null;
    }

    /** {@code name} or the first entry of {@code nameMap} (likewise for summary, content). */
    public static String langString(JsonNode object, String field) {
        String plain = text(object.get(field));
        if (plain != null) {
            return plain;
        }
        JsonNode map = object.get(field + "Map");
        if (map != null && map.isObject() && map.fields().hasNext()) {
            return text(map.fields().next().getValue());
        }
        return null;
    }

    /**
     * The language of {@code field}: the ISO 639 code of the first key of {@code fieldMap}
     * ({@code contentMap: {"en": ...}}), or null when there is none or it names no language.
     */
    public static String language(JsonNode object, String field) {
        JsonNode map = object.get(field + "Map");
        if (map == null || !map.isObject() || !map.fieldNames().hasNext()) {
            return null;
        }
        String tag = map.fieldNames().next();
        String code =
                tag.length() > 35 ? "" : java.util.Locale.forLanguageTag(tag).getLanguage();
        return code.isEmpty() || code.equals("und") ? null : code;
    }

    /**
     * A link's target: a string, a Link's {@code href}, or an object's {@code url}/{@code id}. From an
     * array, the entry with media type text/html wins, else the first.
     */
    public static String href(JsonNode node) {
        List<JsonNode> all = asArray(node);
        for (JsonNode v : all) {
            String type = text(v.isObject() ? (v.has("mediaType") ? v.get("mediaType") : v.get("mimeType")) : null);
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                return single(v);
            }
        }
        for (JsonNode v : all) {
            String h = single(v);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    private static String single(JsonNode v) {
        if (v.isTextual()) {
            return blankToNull(v.asText());
        }
        if (v.isObject()) {
            if (v.has("href")) {
                return text(v.get("href"));
            }
            if (v.has("url")) {
                return href(v.get("url"));
            }
            return text(v.get("id"));
        }
        return null;
    }

    /** true/false, also from the strings "true"/"false"; {@code fallback} otherwise. */
    public static boolean bool(JsonNode node, boolean fallback) {
        JsonNode v = first(node);
        if (v == null) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual()) {
            return Boolean.parseBoolean(v.asText());
        }
        return fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
