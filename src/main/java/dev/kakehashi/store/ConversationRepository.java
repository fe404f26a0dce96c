package dev.kakehashi.store;

import dev.kakehashi.domain.Snowflake;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each author's direct conversations: one row per thread, the statuses in it (by id and URI), and
 * the other participants (actor URIs). A hidden conversation comes back when a new status arrives.
 */
public final class ConversationRepository {
    /** A conversation as listed: its id, last status and whether the author read it. */
    public record Row(long id, long lastStatusId, boolean unread) {}

    private final Transactions tx;

    public ConversationRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The author's conversation that holds the status {@code statusUri}, or whose thread it is. */
    public Optional<Long> holding(long accountId, String statusUri) {
        return Rows.first(
                tx.session(),
                "select c.id from conversation c where c.account_id = :a and (c.thread_uri = :u or exists"
                        + " (select 1 from conversation_status s where s.conversation_id = c.id and s.status_uri = :u))"
                        + " order by c.id",
                q -> q.setParameter("a", accountId).setParameter("u", statusUri),
                r -> r.lng("id"));
    }

    public long create(long accountId, String threadUri, long lastStatusId, boolean unread, Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into conversation (id, account_id, thread_uri, last_status_id,"
                        + " unread, updated_at) values (:id, :a, :t, :s, :u, :now)")
                .setParameter("id", id)
                .setParameter("a", accountId)
                .setParameter("t", threadUri)
                .setParameter("s", lastStatusId)
                .setParameter("u", unread)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }

    /** Adds a status (twice is once), makes it the last one if newer, shows the conversation again. */
    public void addStatus(long conversationId, long statusId, String statusUri, boolean unread, Instant now) {
        tx.session()
                .createNativeMutationQuery("insert into conversation_status (conversation_id, status_id, status_uri)"
                        + " values (:c, :s, :u) on conflict do nothing")
                .setParameter("c", conversationId)
                .setParameter("s", statusId)
                .setParameter("u", statusUri)
                .executeUpdate();
        tx.session()
                .createNativeMutationQuery("update conversation set last_status_id = case when last_status_id < :s"
                        + " then :s else last_status_id end, unread = :unread, hidden = false, updated_at = :now"
                        + " where id = :c")
                .setParameter("s", statusId)
                .setParameter("unread", unread)
                .setParameter("now", now)
                .setParameter("c", conversationId)
                .executeUpdate();
    }

    public void addMembers(long conversationId, Collection<String> actorUris) {
        for (String uri : new LinkedHashSet<>(actorUris)) {
            tx.session()
                    .createNativeMutationQuery("insert into conversation_member (conversation_id, actor_uri)"
                            + " values (:c, :u) on conflict do nothing")
                    .setParameter("c", conversationId)
                    .setParameter("u", uri)
                    .executeUpdate();
        }
    }

    /** The author's shown conversations in a range of last status ids, in the range's order. */
    public List<Row> page(long accountId, IdRange range) {
        return Rows.list(
                tx.session(),
                "select id, last_status_id, unread from conversation where account_id = :a and hidden = false and "
                        + range.where("last_status_id") + range.order("last_status_id"),
                q -> q.setParameter("a", accountId)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below())
                        .setMaxResults(range.limit()),
                ConversationRepository::row);
    }

    public Optional<Row> one(long accountId, long id) {
        return Rows.first(
                tx.session(),
                "select id, last_status_id, unread from conversation where id = :id and account_id = :a"
                        + " and hidden = false",
                q -> q.setParameter("id", id).setParameter("a", accountId),
                ConversationRepository::row);
    }

    /** The participants of these conversations, by conversation id. */
    public Map<Long, Set<String>> members(Collection<Long> conversationIds) {
        Map<Long, Set<String>> out = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return out;
        }
        Rows.list(
                        tx.session(),
                        "select conversation_id, actor_uri from conversation_member where conversation_id in (:c)"
                                + " order by actor_uri",
                        q -> q.setParameterList("c", conversationIds),
                        r -> r)
                .forEach(r -> out.computeIfAbsent(r.lng("conversation_id"), k -> new LinkedHashSet<>())
                        .add(r.str("actor_uri")));
        return out;
    }

    public void markRead(long id) {
        tx.session()
                .createNativeMutationQuery("update conversation set unread = false where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    public void hide(long id) {
        tx.session()
                .createNativeMutationQuery("update conversation set hidden = true, unread = false where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Whether the status {@code statusId} is in one of the author's conversations (hidden or not). */
    public boolean reaches(long accountId, long statusId) {
        return Rows.first(
                        tx.session(),
                        "select 1 as one from conversation_status s join conversation c on c.id = s.conversation_id"
                                + " where c.account_id = :a and s.status_id = :s",
                        q -> q.setParameter("a", accountId)
                                .setParameter("s", statusId)
                                .setMaxResults(1),
                        r -> r)
                .isPresent();
    }

    private static Row row(Rows.Row r) {
        return new Row(r.lng("id"), r.lng("last_status_id"), r.bool("unread"));
    }
}
