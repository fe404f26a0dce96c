package dev.kakehashi.mastodon.filters;

import dev.kakehashi.domain.FilterAction;
import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.convert.FilterToEntity;
import dev.kakehashi.mastodon.entity.ContextEntity;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.filters.ActiveFilters;
import dev.kakehashi.service.filters.FilterService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * Applies a viewer's filters to presented statuses: a {@code warn} or {@code blur} match is listed
 * in {@code filtered}; a {@code hide} match drops the status. The text matched is the spoiler, the
 * content as plain text and the media descriptions (of the boosted status for a boost).
 */
public final class StatusFilters {
    private final FilterService filters;
    private final FilterToEntity toEntity = new FilterToEntity();

    public StatusFilters(FilterService filters) {
        this.filters = filters;
    }

    /** The filters themselves, for the filters API. */
    public FilterService service() {
        return filters;
    }

    /** The viewer's filters for one request (none for an anonymous viewer). */
    public ActiveFilters active(Long viewerAccountId) {
        return filters.active(viewerAccountId);
    }

    /** A page of statuses with the filtered ones marked or dropped (the order kept). */
    public List<StatusEntity> apply(Long viewerAccountId, FilterContext context, List<StatusEntity> page) {
        ActiveFilters active = active(viewerAccountId);
        return apply(active, context, page, s -> s, (s, t) -> t);
    }

    /** A thread with the {@code thread} filters applied to both sides. */
    public ContextEntity apply(Long viewerAccountId, ContextEntity thread) {
        ActiveFilters active = active(viewerAccountId);
        if (active.isEmpty()) {
            return thread;
        }
        return new ContextEntity(
                apply(active, FilterContext.THREAD, thread.ancestors(), s -> s, (s, t) -> t),
                apply(active, FilterContext.THREAD, thread.descendants(), s -> s, (s, t) -> t));
    }

    /**
     * Items that carry a status (notifications): those whose status a hide filter matches are
     * dropped, the others get their status marked; items without a status stay as they are.
     */
    public <T> List<T> apply(
            ActiveFilters active,
            FilterContext context,
            List<T> items,
            Function<T, StatusEntity> status,
            java.util.function.BiFunction<T, StatusEntity, T> withStatus) {
        if (active.isEmpty()) {
            return items;
        }
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            StatusEntity s = status.apply(item);
            if (s == null) {
                out.add(item);
                continue;
            }
            StatusEntity judged = judge(active, context, s);
            if (judged != null) {
                out.add(withStatus.apply(item, judged));
            }
        }
        return out;
    }

    /** The status with its matches, or null when a hide filter matches it. */
    public StatusEntity judge(ActiveFilters active, FilterContext context, StatusEntity s) {
        StatusEntity target = s.reblog() == null ? s : s.reblog();
        var matches = active.match(context, id(target), text(target));
        if (matches.isEmpty()) {
            return s;
        }
        if (matches.stream().anyMatch(m -> m.filter().action() == FilterAction.HIDE)) {
            return null;
        }
        return s.withFiltered(matches.stream().map(toEntity::result).toList());
    }

    private static long id(StatusEntity s) {
        try {
            return Long.parseLong(s.id());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String text(StatusEntity s) {
        StringBuilder t = new StringBuilder(s.spoilerText()).append("\n\n");
        if (s.content() != null) {
            t.append(Jsoup.parseBodyFragment(s.content()).text());
        }
        s.mediaAttachments().stream()
                .map(MediaAttachmentEntity::description)
                .filter(Objects::nonNull)
                .forEach(d -> t.append("\n\n").append(d));
        return t.toString();
    }
}
