package dev.kakehashi.store;

import dev.kakehashi.domain.Poll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Polls, their options and their votes (the poll, poll_option and poll_vote tables). */
public final class PollRepository {
    private static final String COLUMNS = "select id, post_id, remote_post_id, multiple, hide_totals, expires_at,"
            + " closed_at, voters_count from poll";

    private final Transactions tx;

    public PollRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Stores a poll with its options; the post it belongs to, new in this unit of work, is written first. */
    public void add(Poll p, Instant now) {
        tx.session().flush();
        tx.session()
                .createNativeMutationQuery("insert into poll (id, post_id, remote_post_id, multiple, hide_totals,"
                        + " expires_at, closed_at, voters_count, created_at)"
                        + " values (:id, :post, :remote, :multiple, :hide, :expires, :closed, :voters, :now)")
                .setParameter("id", p.id())
                .setParameter("post", p.postId(), Long.class)
                .setParameter("remote", p.remotePostId(), Long.class)
                .setParameter("multiple", p.multiple())
                .setParameter("hide", p.hideTotals())
                .setParameter("expires", p.expiresAt(), Instant.class)
                .setParameter("closed", p.closedAt(), Instant.class)
                .setParameter("voters", p.votersCount())
                .setParameter("now", now)
                .executeUpdate();
        for (int i = 0; i < p.options().size(); i++) {
            tx.session()
                    .createNativeMutationQuery("insert into poll_option (poll_id, position, title, votes_count)"
                            + " values (:poll, :pos, :title, :votes)")
                    .setParameter("poll", p.id())
                    .setParameter("pos", i)
                    .setParameter("title", p.options().get(i).title())
                    .setParameter("votes", p.options().get(i).votesCount())
                    .executeUpdate();
        }
    }

    /** Removes a poll with its options and votes (an edit that changes it, a remote one replaced). */
    public void remove(long pollId) {
        tx.session()
                .createNativeMutationQuery("delete from poll where id = :id")
                .setParameter("id", pollId)
                .executeUpdate();
    }

    public Optional<Poll> byId(long id) {
        return withOptions(Rows.list(
                        tx.session(), COLUMNS + " where id = :id", q -> q.setParameter("id", id), PollRepository::row))
                .stream()
                .findFirst();
    }

    /** The polls of these posts of ours, by post id. */
    public Map<Long, Poll> ofPosts(Collection<Long> postIds) {
        Map<Long, Poll> out = new HashMap<>();
        if (!postIds.isEmpty()) {
            for (Poll p : withOptions(Rows.listIn(
                    tx.session(), COLUMNS + " where post_id in (:ids)", "ids", postIds, q -> q, PollRepository::row))) {
                out.put(p.postId(), p);
            }
        }
        return out;
    }

    /** The polls of these remote posts, by remote post id. */
    public Map<Long, Poll> ofRemotePosts(Collection<Long> remotePostIds) {
        Map<Long, Poll> out = new HashMap<>();
        if (!remotePostIds.isEmpty()) {
            for (Poll p : withOptions(Rows.listIn(
                    tx.session(),
                    COLUMNS + " where remote_post_id in (:ids)",
                    "ids",
                    remotePostIds,
                    q -> q,
                    PollRepository::row))) {
                out.put(p.remotePostId(), p);
            }
        }
        return out;
    }

    /**
     * The polls of these posts of ours and of these remote posts, by post or remote post id: one
     * statement for a page that shows both (a timeline), rather than one for each.
     */
    public Map<Long, Poll> ofStatuses(Collection<Long> postIds, Collection<Long> remotePostIds) {
        if (postIds.isEmpty() || remotePostIds.isEmpty() || postIds.size() + remotePostIds.size() > 500) {
            Map<Long, Poll> out = ofPosts(postIds);
            out.putAll(ofRemotePosts(remotePostIds));
            return out;
        }
        Map<Long, Poll> out = new HashMap<>();
        for (Poll p : withOptions(Rows.list(
                tx.session(),
                COLUMNS + " where post_id in (:p) or remote_post_id in (:r)",
                q -> q.setParameterList("p", postIds).setParameterList("r", remotePostIds),
                PollRepository::row))) {
            out.put(p.postId() != null ? p.postId() : p.remotePostId(), p);
        }
        return out;
    }

    /** The choices (positions) {@code accountId} voted for, by poll id, among these polls. */
    public Map<Long, List<Integer>> ownVotes(long accountId, Collection<Long> pollIds) {
        Map<Long, List<Integer>> out = new HashMap<>();
        if (pollIds.isEmpty()) {
            return out;
        }
        Rows.listIn(
                        tx.session(),
                        "select poll_id, position from poll_vote where account_id = :a and poll_id in (:ids)"
                                + " order by position",
                        "ids",
                        pollIds,
                        q -> q.setParameter("a", accountId),
                        r -> Map.entry(r.lng("poll_id"), r.integer("position")))
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    public boolean hasVoted(long pollId, String voterUri) {
        return Rows.first(
                        tx.session(),
                        "select 1 as one from poll_vote where poll_id = :p and voter_uri = :v",
                        q -> q.setParameter("p", pollId).setParameter("v", voterUri),
                        r -> true)
                .isPresent();
    }

    /** Stores one vote; false when this voter already chose this option. */
    public boolean addVote(
            long id, long pollId, int position, String voterUri, Long accountId, String noteUri, Instant now) {
        return tx.session()
                        .createNativeMutationQuery(
                                "insert into poll_vote (id, poll_id, position, voter_uri, account_id,"
                                        + " note_uri, created_at) values (:id, :p, :pos, :v, :a, :note, :now)"
                                        + " on conflict do nothing")
                        .setParameter("id", id)
                        .setParameter("p", pollId)
                        .setParameter("pos", position)
                        .setParameter("v", voterUri)
                        .setParameter("a", accountId, Long.class)
                        .setParameter("note", noteUri, String.class)
                        .setParameter("now", now)
                        .executeUpdate()
                > 0;
    }

    /** Adds one vote to an option's count. */
    public void countVote(long pollId, int position) {
        tx.session()
                .createNativeMutationQuery("update poll_option set votes_count = votes_count + 1"
                        + " where poll_id = :p and position = :pos")
                .setParameter("p", pollId)
                .setParameter("pos", position)
                .executeUpdate();
    }

    /** Adds one voter; {@code updateAt} is when the changed counts go out, unless already due sooner. */
    public void countVoter(long pollId, Instant updateAt) {
        tx.session()
                .createNativeMutationQuery("update poll set voters_count = voters_count + 1,"
                        + " update_due_at = coalesce(update_due_at, :at) where id = :p")
                .setParameter("p", pollId)
                .setParameter("at", updateAt, Instant.class)
                .executeUpdate();
    }

    /** Marks our poll's counts as changed: they go out at {@code at}, unless already due sooner. */
    public void markUpdateDue(long pollId, Instant at) {
        tx.session()
                .createNativeMutationQuery("update poll set update_due_at = coalesce(update_due_at, :at) where id = :p")
                .setParameter("p", pollId)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** A remote poll's counts and end as its server sent them. */
    public void refresh(long pollId, List<Integer> counts, int voters, Instant expiresAt, Instant closedAt) {
        for (int i = 0; i < counts.size(); i++) {
            tx.session()
                    .createNativeMutationQuery(
                            "update poll_option set votes_count = :n where poll_id = :p and position = :pos")
                    .setParameter("n", counts.get(i))
                    .setParameter("p", pollId)
                    .setParameter("pos", i)
                    .executeUpdate();
        }
        tx.session()
                .createNativeMutationQuery(
                        "update poll set voters_count = :v, expires_at = :e, closed_at = :c where id = :p")
                .setParameter("v", voters)
                .setParameter("e", expiresAt, Instant.class)
                .setParameter("c", closedAt, Instant.class)
                .setParameter("p", pollId)
                .executeUpdate();
    }

    /** Our open polls whose time is up, at most {@code limit}. */
    public List<Long> dueToClose(Instant now, int limit) {
        return Rows.list(
                tx.session(),
                "select id from poll where post_id is not null and closed_at is null and expires_at <= :now"
                        + " order by expires_at",
                q -> q.setParameter("now", now).setMaxResults(limit),
                r -> r.lng("id"));
    }

    /** Marks an open poll closed; false when it already was (another node got there first). */
    public boolean close(long pollId, Instant now) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update poll set closed_at = :now, update_due_at = null where id = :p and closed_at is null")
                        .setParameter("now", now)
                        .setParameter("p", pollId)
                        .executeUpdate()
                > 0;
    }

    /** Our polls whose changed counts are due to go out, at most {@code limit}. */
    public List<Long> updatesDue(Instant now, int limit) {
        return Rows.list(
                tx.session(),
                "select id from poll where post_id is not null and update_due_at <= :now order by update_due_at",
                q -> q.setParameter("now", now).setMaxResults(limit),
                r -> r.lng("id"));
    }

    /** Clears a due update; false when another node already sent it. */
    public boolean takeUpdate(long pollId) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update poll set update_due_at = null where id = :p and update_due_at is not null")
                        .setParameter("p", pollId)
                        .executeUpdate()
                > 0;
    }

    /** Our accounts that voted in a poll. */
    public List<Long> localVoters(long pollId) {
        return Rows.list(
                tx.session(),
                "select distinct account_id from poll_vote where poll_id = :p and account_id is not null",
                q -> q.setParameter("p", pollId),
                r -> r.lng("account_id"));
    }

    private List<Poll> withOptions(List<Poll> polls) {
        if (polls.isEmpty()) {
            return polls;
        }
        Map<Long, List<Poll.Option>> options = new HashMap<>();
        Rows.listIn(
                        tx.session(),
                        "select poll_id, title, votes_count from poll_option where poll_id in (:ids) order by poll_id, position",
                        "ids",
                        polls.stream().map(Poll::id).toList(),
                        q -> q,
                        r -> Map.entry(r.lng("poll_id"), new Poll.Option(r.str("title"), r.integer("votes_count"))))
                .forEach(e -> options.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return polls.stream()
                .map(p -> new Poll(
                        p.id(),
                        p.postId(),
                        p.remotePostId(),
                        options.getOrDefault(p.id(), List.of()),
                        p.multiple(),
                        p.hideTotals(),
                        p.expiresAt(),
                        p.closedAt(),
                        p.votersCount()))
                .toList();
    }

    private static Poll row(Rows.Row r) {
        return new Poll(
                r.lng("id"),
                r.lngOrNull("post_id"),
                r.lngOrNull("remote_post_id"),
                List.of(),
                r.bool("multiple"),
                r.bool("hide_totals"),
                r.instant("expires_at"),
                r.instant("closed_at"),
                r.integer("voters_count"));
    }
}
