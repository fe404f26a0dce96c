package dev.kakehashi.mastodon;

import dev.kakehashi.service.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link MastodonBody} from flat Rails-style keys: {@code a[b][]=x} puts {@code x} in the
 * list {@code b} of the object {@code a}; {@code a[][id]} starts a new object in the list {@code a}
 * whenever the last one already has {@code id}. Bounded in depth and size.
 */
final class BodyTree {
    static final int MAX_DEPTH = 6;
    static final int MAX_KEYS = 1000;

    private final Map<String, Object> root = new LinkedHashMap<>();
    private int count;

    /** Adds one key and its value (a string or an upload). */
    void put(String key, Object value) {
        if (++count > MAX_KEYS) {
            throw InvalidInputException.of("body", "The request has too many parameters");
        }
        List<String> path = parseKey(key);
        if (path.isEmpty()) {
            return;
        }
        insert(root, path, 0, value);
    }

    MastodonBody build() {
        return new MastodonBody(root);
    }

    /** {@code a[b][]} is {@code [a, b, ""]}; a key without brackets is itself. */
    static List<String> parseKey(String key) {
        List<String> parts = new ArrayList<>();
        int open = key.indexOf('[');
        if (open < 0 || !key.endsWith("]")) {
            parts.add(key);
            return parts;
        }
        parts.add(key.substring(0, open));
        String rest = key.substring(open);
        while (!rest.isEmpty()) {
            int close = rest.indexOf(']');
            if (!rest.startsWith("[") || close < 0) {
                return List.of(key);
            }
            parts.add(rest.substring(1, close));
            rest = rest.substring(close + 1);
        }
        if (parts.get(0).isEmpty() || parts.size() > MAX_DEPTH) {
            return List.of(key);
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> node, List<String> path, int i, Object value) {
        String name = path.get(i);
        boolean last = i == path.size() - 1;
        if (last) {
            // A plain key sent twice (id=1&id=2) is a list too.
            Object old = node.get(name);
            if (old instanceof String || old instanceof MastodonBody.Upload) {
                List<Object> both = new ArrayList<>();
                both.add(old);
                both.add(value);
                node.put(name, both);
            } else if (old instanceof List<?> l && !(value instanceof List)) {
                ((List<Object>) l).add(value);
            } else {
                node.put(name, value);
            }
            return;
        }
        String next = path.get(i + 1);
        if (next.isEmpty()) {
            List<Object> list = node.get(name) instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
            node.put(name, list);
            if (i + 1 == path.size() - 1) {
                list.add(value);
                return;
            }
            String field = path.get(i + 2);
            Map<String, Object> element =
                    list.isEmpty() || !(list.get(list.size() - 1) instanceof Map<?, ?> m) || m.containsKey(field)
                            ? null
                            : (Map<String, Object>) list.get(list.size() - 1);
            if (element == null) {
                element = new LinkedHashMap<>();
                list.add(element);
            }
            insert(element, path, i + 2, value);
            return;
        }
        Map<String, Object> child =
                node.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        node.put(name, child);
        insert(child, path, i + 1, value);
    }
}
