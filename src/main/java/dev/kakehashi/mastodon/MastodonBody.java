package dev.kakehashi.mastodon;

import dev.kakehashi.service.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Mastodon API request body read the same way whatever its encoding (INTEROP B0.4): JSON,
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data}, with Rails' key rules
 * ({@code media_ids[]} and {@code media_ids} are one list, {@code poll[options][]} is a list inside
 * {@code poll}, {@code media_attributes[][id]} a list of objects) and Rails' booleans. Resources
 * take it as their entity parameter ({@link MastodonBodyReader} reads it); {@link #of} turns a
 * missing body into an empty one.
 *
 * <p>Values are strings (JSON numbers and booleans become their text), lists, nested bodies, or
 * uploaded files.
 */
public final class MastodonBody {
    private static final Set<String> TRUE = Set.of("1", "true", "t", "on", "yes", "y");
    private static final Set<String> FALSE = Set.of("0", "false", "f", "off", "no", "n");

    /** An uploaded file of a multipart body. */
    public record Upload(String fileName, String contentType, byte[] bytes) {}

    private final Map<String, Object> values;

    MastodonBody(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The empty body. */
    public static MastodonBody empty() {
        return new MastodonBody(new LinkedHashMap<>());
    }

    /** {@code body}, or the empty body when the request had none. */
    public static MastodonBody of(MastodonBody body) {
        return body == null ? empty() : body;
    }

    /**
     * {@code body} (empty when the request had none) with the query string's parameters where it has
     * no value, as Rails merges both.
     */
    public static MastodonBody withQuery(MastodonBody body, Map<String, List<String>> query) {
        return of(body).withDefaults(MastodonBodyReader.fromForm(query));
    }

    /** Whether the key was sent at all (even empty). */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** A single value as text; a list answers its first element. */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            v = list.isEmpty() ? null : list.get(0);
        }
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The text, or null when absent. */
    public String stringOrNull(String key) {
        return string(key).orElse(null);
    }

    /**
     * A boolean as Rails reads it: {@code true/false}, {@code 1/0}, {@code on/off}, {@code t/f},
     * {@code yes/no}; an empty value is absent.
     *
     * @throws InvalidInputException 422 for anything else
     */
    public Optional<Boolean> bool(String key) {
        Optional<String> raw = string(key).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String v = raw.get().toLowerCase(java.util.Locale.ROOT);
        if (TRUE.contains(v)) {
            return Optional.of(true);
        }
        if (FALSE.contains(v)) {
            return Optional.of(false);
        }
        throw InvalidInputException.of(key, key + " must be true or false");
    }

    /**
     * A whole number.
     *
     * @throws InvalidInputException 422 when the value is not one
     */
    public Optional<Long> number(String key) {
        Optional<String> raw = string(key).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return raw.map(Long::valueOf);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(key, key + " must be a whole number");
        }
    }

    /** A list of texts: a list as sent, or a single value as a list of one; empty when absent. */
    public List<String> list(String key) {
        Object v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(out::add);
        } else if (v instanceof Map<?, ?> indexed) {
            indexed.values().stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(out::add);
        } else if (v instanceof String s) {
            out.add(s);
        }
        return out;
    }

    /** A nested body ({@code poll[...]}, {@code home[last_read_id]}); empty when absent. */
    @SuppressWarnings("unchecked")
    public MastodonBody object(String key) {
        Object v = values.get(key);
        return v instanceof Map<?, ?> m ? new MastodonBody((Map<String, Object>) m) : empty();
    }

    /**
     * A list of nested bodies: {@code media_attributes[][id]}, a JSON array of objects, or Rails'
     * indexed form {@code fields_attributes[0][name]} (in index order).
     */
    @SuppressWarnings("unchecked")
    public List<MastodonBody> objects(String key) {
        Object v = values.get(key);
        List<MastodonBody> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.stream()
                    .filter(Map.class::isInstance)
                    .forEach(m -> out.add(new MastodonBody((Map<String, Object>) m)));
        } else if (v instanceof Map<?, ?> indexed) {
            indexed.entrySet().stream()
                    .filter(e -> e.getValue() instanceof Map)
                    .sorted((a, b) -> compareIndex(String.valueOf(a.getKey()), String.valueOf(b.getKey())))
                    .forEach(e -> out.add(new MastodonBody((Map<String, Object>) e.getValue())));
        }
        return out;
    }

    /** An uploaded file (multipart only). */
    public Optional<Upload> file(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            v = list.isEmpty() ? null : list.get(0);
        }
        return v instanceof Upload u ? Optional.of(u) : Optional.empty();
    }

    /** This body with the query's parameters added where the body has no value (Rails merges both). */
    public MastodonBody withDefaults(MastodonBody query) {
        Map<String, Object> merged = new LinkedHashMap<>(query.values);
        merged.putAll(values);
        return new MastodonBody(merged);
    }

    private static int compareIndex(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
