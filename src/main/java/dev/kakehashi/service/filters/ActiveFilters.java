package dev.kakehashi.service.filters;

import dev.kakehashi.domain.ContentFilter;
import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.domain.FilterKeyword;
import dev.kakehashi.domain.FilteredStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A viewer's unexpired filters, compiled once per request, matching statuses as Mastodon does
 * ({@code CustomFilterKeyword#to_regex}): case-insensitive; a whole-word keyword needs a word
 * boundary on each side that starts or ends with a word character; a filter also matches the
 * statuses it names.
 */
public final class ActiveFilters {
    /** No filters: nothing matches. */
    public static final ActiveFilters NONE = new ActiveFilters(List.of());

    /** A filter that matched one status, with the keywords and named statuses that did. */
    public record Match(ContentFilter filter, List<String> keywords, List<Long> statuses) {}

    private record Compiled(FilterKeyword keyword, Pattern pattern) {}

    private final List<ContentFilter> filters;
    private final List<List<Compiled>> patterns = new ArrayList<>();

    public ActiveFilters(List<ContentFilter> filters) {
        this.filters = List.copyOf(filters);
        this.filters.forEach(f -> patterns.add(
                f.keywords().stream().map(k -> new Compiled(k, pattern(k))).toList()));
    }

    public boolean isEmpty() {
        return filters.isEmpty();
    }

    /**
     * The filters of {@code context} that match a status.
     *
     * @param text what is matched: the status's plain text, spoiler and media descriptions
     */
    public List<Match> match(FilterContext context, long statusId, String text) {
        List<Match> out = new ArrayList<>();
        String t = text == null ? "" : text;
        for (int i = 0; i < filters.size(); i++) {
            ContentFilter f = filters.get(i);
            if (!f.contexts().contains(context)) {
                continue;
            }
            List<String> words = patterns.get(i).stream()
                    .filter(c -> c.pattern().matcher(t).find())
                    .map(c -> c.keyword().keyword())
                    .toList();
            List<Long> named = f.statuses().stream()
                    .map(FilteredStatus::statusId)
                    .filter(id -> id == statusId)
                    .toList();
            if (!words.isEmpty() || !named.isEmpty()) {
                out.add(new Match(f, words, named));
            }
        }
        return out;
    }

    static Pattern pattern(FilterKeyword k) {
        String quoted = Pattern.quote(k.keyword());
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        if (!k.wholeWord()) {
            return Pattern.compile(quoted, flags);
        }
        String start = k.keyword().matches("(?Us)\\w.*") ? "\\b" : "";
        String end = k.keyword().matches("(?Us).*\\w$") ? "\\b" : "";
        return Pattern.compile(start + quoted + end, flags);
    }
}
