package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.ContentFilter;
import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.domain.FilterKeyword;
import dev.kakehashi.domain.FilteredStatus;
import dev.kakehashi.mastodon.entity.FilterEntity;
import dev.kakehashi.mastodon.entity.FilterKeywordEntity;
import dev.kakehashi.mastodon.entity.FilterResultEntity;
import dev.kakehashi.mastodon.entity.FilterStatusEntity;
import dev.kakehashi.mastodon.entity.V1FilterEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.filters.ActiveFilters;
import java.util.List;
import java.util.Locale;

/** Content filters in Mastodon's words: lower-case context and action names, string ids. */
public final class FilterToEntity {
    public FilterEntity convert(ContentFilter f) {
        return entity(
                f,
                f.keywords().stream().map(this::keyword).toList(),
                f.statuses().stream().map(this::status).toList());
    }

    public FilterKeywordEntity keyword(FilterKeyword k) {
        return new FilterKeywordEntity(Long.toString(k.id()), k.keyword(), k.wholeWord());
    }

    public FilterStatusEntity status(FilteredStatus s) {
        return new FilterStatusEntity(Long.toString(s.id()), Long.toString(s.statusId()));
    }

    /** A match on a status: the filter without its rules, with what matched. */
    public FilterResultEntity result(ActiveFilters.Match m) {
        return new FilterResultEntity(
                entity(m.filter(), null, null),
                m.keywords().isEmpty() ? null : m.keywords(),
                m.statuses().isEmpty()
                        ? null
                        : m.statuses().stream().map(String::valueOf).toList());
    }

    /** The v1 view: one v1 filter per keyword. */
    public List<V1FilterEntity> v1(ContentFilter f) {
        return f.keywords().stream()
                .map(k -> new V1FilterEntity(
                        Long.toString(k.id()),
                        k.keyword(),
                        contexts(f),
                        k.wholeWord(),
                        expires(f),
                        f.action() == dev.kakehashi.domain.FilterAction.HIDE))
                .toList();
    }

    private FilterEntity entity(
            ContentFilter f, List<FilterKeywordEntity> keywords, List<FilterStatusEntity> statuses) {
        return new FilterEntity(
                Long.toString(f.id()),
                f.title(),
                contexts(f),
                expires(f),
                f.action().name().toLowerCase(Locale.ROOT),
                keywords,
                statuses);
    }

    private static List<String> contexts(ContentFilter f) {
        return f.contexts().stream()
                .sorted()
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String expires(ContentFilter f) {
        return f.expiresAt() == null ? null : MastodonTime.datetime(f.expiresAt());
    }

    /** The context a Mastodon name stands for, or null for an unknown name. */
    public static FilterContext context(String name) {
        for (FilterContext c : FilterContext.values()) {
            if (c.name().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        return null;
    }
}
