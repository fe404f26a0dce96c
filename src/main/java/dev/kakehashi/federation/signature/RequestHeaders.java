package dev.kakehashi.federation.signature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Immutable request headers, looked up by case-insensitive name, each name with its values in order. */
public final class RequestHeaders {
    private final Map<String, List<String>> values;

    private RequestHeaders(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Copies the given headers; names that differ only in case are merged, values keep their order. */
    public static RequestHeaders of(Map<String, ? extends List<String>> headers) {
        var map = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, list) -> {
            if (name != null && list != null) {
                map.computeIfAbsent(name, n -> new ArrayList<>()).addAll(list);
            }
        });
        map.replaceAll((name, list) -> List.copyOf(list));
        return new RequestHeaders(Collections.unmodifiableMap(map));
    }

    /** Builds from alternating names and values: {@code of("Host", "a.example", "Date", "...")}. */
    public static RequestHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        var map = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(namesAndValues[i], n -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return of(map);
    }

    /** Every value of the header, in the order received; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * The header's values trimmed and joined with {@code ", "}, as both signature schemes combine a
     * repeated header; empty when absent.
     */
    public Optional<String> combined(String name) {
        List<String> list = all(name);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        var joined = new StringBuilder();
        for (String value : list) {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(value == null ? "" : value.strip());
        }
        return Optional.of(joined.toString());
    }

    /** Whether the request carries the header at all. */
    public boolean has(String name) {
        return !all(name).isEmpty();
    }
}
