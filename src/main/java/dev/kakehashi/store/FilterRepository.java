package dev.kakehashi.store;

import dev.kakehashi.domain.ContentFilter;
import dev.kakehashi.domain.FilterAction;
import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.domain.FilterKeyword;
import dev.kakehashi.domain.FilteredStatus;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Authors' content filters with their keywords and statuses (three tables, read in three queries). */
public final class FilterRepository {
    private final Transactions tx;

    public FilterRepository(Transactions tx) {
        this.tx = tx;
    }

    /** An author's filters, oldest first, with their keywords and statuses. */
    public List<ContentFilter> ofAccount(long accountId) {
        return load("f.account_id = :a", Map.of("a", accountId));
    }

    /** One of the author's filters; empty when it is someone else's or does not exist. */
    public Optional<ContentFilter> byId(long accountId, long id) {
        return load("f.account_id = :a and f.id = :id", Map.of("a", accountId, "id", id)).stream()
                .findFirst();
    }

    public long insert(
            long accountId,
            String title,
            Set<FilterContext> contexts,
            FilterAction action,
            Instant expiresAt,
            Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into content_filter (id, account_id, title, contexts, action,"
                        + " expires_at, created_at) values (:id, :a, :t, :c, :act, :e, :now)")
                .setParameter("id", id)
                .setParameter("a", accountId)
                .setParameter("t", title)
                .setParameter("c", contextsText(contexts))
                .setParameter("act", action.name())
                .setParameter("e", expiresAt)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }

    public void update(long id, String title, Set<FilterContext> contexts, FilterAction action, Instant expiresAt) {
        tx.session()
                .createNativeMutationQuery("update content_filter set title = :t, contexts = :c, action = :act,"
                        + " expires_at = :e where id = :id")
                .setParameter("id", id)
                .setParameter("t", title)
                .setParameter("c", contextsText(contexts))
                .setParameter("act", action.name())
                .setParameter("e", expiresAt)
                .executeUpdate();
    }

    /** Removes one of the author's filters with its keywords and statuses; false when it was not theirs. */
    public boolean delete(long accountId, long id) {
        return tx.session()
                        .createNativeMutationQuery("delete from content_filter where id = :id and account_id = :a")
                        .setParameter("id", id)
                        .setParameter("a", accountId)
                        .executeUpdate()
                > 0;
    }

    public long addKeyword(long filterId, String keyword, boolean wholeWord) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into content_filter_keyword (id, filter_id, keyword, whole_word)"
                        + " values (:id, :f, :k, :w)")
                .setParameter("id", id)
                .setParameter("f", filterId)
                .setParameter("k", keyword)
                .setParameter("w", wholeWord)
                .executeUpdate();
        return id;
    }

    public void updateKeyword(long id, String keyword, boolean wholeWord) {
        tx.session()
                .createNativeMutationQuery(
                        "update content_filter_keyword set keyword = :k, whole_word = :w where id = :id")
                .setParameter("id", id)
                .setParameter("k", keyword)
                .setParameter("w", wholeWord)
                .executeUpdate();
    }

    public void deleteKeyword(long id) {
        tx.session()
                .createNativeMutationQuery("delete from content_filter_keyword where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** A keyword of one of the author's filters. */
    public Optional<FilterKeyword> keyword(long accountId, long id) {
        return Rows.first(
                tx.session(),
                "select k.id, k.filter_id, k.keyword, k.whole_word from content_filter_keyword k"
                        + " join content_filter f on f.id = k.filter_id where k.id = :id and f.account_id = :a",
                q -> q.setParameter("id", id).setParameter("a", accountId),
                FilterRepository::keyword);
    }

    /** Names a status in a filter; naming it twice keeps one row. */
    public long addStatus(long filterId, long statusId) {
        long id = Snowflake.next();
        int added = tx.session()
                .createNativeMutationQuery("insert into content_filter_status (id, filter_id, status_id)"
                        + " values (:id, :f, :s) on conflict do nothing")
                .setParameter("id", id)
                .setParameter("f", filterId)
                .setParameter("s", statusId)
                .executeUpdate();
        if (added > 0) {
            return id;
        }
        return ((Number) tx.session()
                        .createNativeQuery(
                                "select id from content_filter_status where filter_id = :f and status_id = :s",
                                Object.class)
                        .setParameter("f", filterId)
                        .setParameter("s", statusId)
                        .getSingleResult())
                .longValue();
    }

    public void deleteStatus(long id) {
        tx.session()
                .createNativeMutationQuery("delete from content_filter_status where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** A status of one of the author's filters. */
    public Optional<FilteredStatus> status(long accountId, long id) {
        return Rows.first(
                tx.session(),
                "select s.id, s.filter_id, s.status_id from content_filter_status s"
                        + " join content_filter f on f.id = s.filter_id where s.id = :id and f.account_id = :a",
                q -> q.setParameter("id", id).setParameter("a", accountId),
                FilterRepository::status);
    }

    /**
     * The filters matching {@code where}, then their keywords and statuses only if there are any: an
     * account without filters (most) costs one statement, not three, on every timeline page.
     */
    private List<ContentFilter> load(String where, Map<String, Long> params) {
        var session = tx.session();
        List<Rows.Row> filters = Rows.list(
                session,
                "select f.id, f.account_id, f.title, f.contexts, f.action, f.expires_at from content_filter f where "
                        + where + " order by f.id",
                q -> bind(q, params),
                r -> r);
        if (filters.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FilterKeyword>> keywords = Rows.list(
                        session,
                        "select k.id, k.filter_id, k.keyword, k.whole_word from content_filter_keyword k"
                                + " join content_filter f on f.id = k.filter_id where " + where + " order by k.id",
                        q -> bind(q, params),
                        FilterRepository::keyword)
                .stream()
                .collect(Collectors.groupingBy(FilterKeyword::filterId));
        Map<Long, List<FilteredStatus>> statuses = Rows.list(
                        session,
                        "select s.id, s.filter_id, s.status_id from content_filter_status s"
                                + " join content_filter f on f.id = s.filter_id where " + where + " order by s.id",
                        q -> bind(q, params),
                        FilterRepository::status)
                .stream()
                .collect(Collectors.groupingBy(FilteredStatus::filterId));
        return filters.stream()
                .map(r -> new ContentFilter(
                        r.lng("id"),
                        r.lng("account_id"),
                        r.str("title"),
                        contexts(r.str("contexts")),
                        r.enumOf(FilterAction.class, "action"),
                        r.instant("expires_at"),
                        keywords.getOrDefault(r.lng("id"), List.of()),
                        statuses.getOrDefault(r.lng("id"), List.of())))
                .toList();
    }

    private static <Q extends org.hibernate.query.Query<?>> Q bind(Q q, Map<String, Long> params) {
        params.forEach(q::setParameter);
        return q;
    }

    private static FilterKeyword keyword(Rows.Row r) {
        return new FilterKeyword(r.lng("id"), r.lng("filter_id"), r.str("keyword"), r.bool("whole_word"));
    }

    private static FilteredStatus status(Rows.Row r) {
        return new FilteredStatus(r.lng("id"), r.lng("filter_id"), r.lng("status_id"));
    }

    private static String contextsText(Set<FilterContext> contexts) {
        return contexts.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<FilterContext> contexts(String text) {
        Set<FilterContext> out = EnumSet.noneOf(FilterContext.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(FilterContext.valueOf(s)));
        return out;
    }
}
