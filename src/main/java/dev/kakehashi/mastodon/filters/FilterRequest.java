package dev.kakehashi.mastodon.filters;

import dev.kakehashi.domain.FilterAction;
import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.convert.FilterToEntity;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.filters.FilterChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a v2 filter create or update body in any encoding: {@code title}, {@code context[]},
 * {@code filter_action}, {@code expires_in} (seconds; empty for never) and {@code
 * keywords_attributes[]} ({@code id}, {@code keyword}, {@code whole_word}, {@code _destroy}).
 * Names that Mastodon does not know are a 422.
 */
final class FilterRequest {
    private FilterRequest() {}

    static FilterChange from(MastodonBody body) {
        return new FilterChange(
                body.has("title") ? body.string("title").orElse("") : null,
                contexts(body),
                action(body),
                body.has("expires_in"),
                body.number("expires_in").orElse(null),
                keywords(body));
    }

    /** The context list, or null when none was sent. */
    private static Set<FilterContext> contexts(MastodonBody body) {
        if (!body.has("context")) {
            return null;
        }
        Set<FilterContext> out = EnumSet.noneOf(FilterContext.class);
        for (String name : body.list("context")) {
            if (name.isBlank()) {
                continue;
            }
            FilterContext c = FilterToEntity.context(name);
            if (c == null) {
                throw InvalidInputException.of("context", "Context contains invalid context values");
            }
            out.add(c);
        }
        return out;
    }

    private static FilterAction action(MastodonBody body) {
        String raw = body.string("filter_action").map(String::strip).orElse("");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return FilterAction.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("filter_action", "Filter action is not included in the list");
        }
    }

    private static List<FilterChange.KeywordChange> keywords(MastodonBody body) {
        List<FilterChange.KeywordChange> out = new ArrayList<>();
        for (MastodonBody k : body.objects("keywords_attributes")) {
            Long id = k.string("id")
                    .filter(s -> !s.isBlank())
                    .map(FilterRequest::id)
                    .orElse(null);
            out.add(new FilterChange.KeywordChange(
                    id,
                    k.stringOrNull("keyword"),
                    k.bool("whole_word").orElse(null),
                    k.bool("_destroy").orElse(false)));
        }
        return out;
    }

    static Long id(String raw) {
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("id", "Keyword not found");
        }
    }
}
