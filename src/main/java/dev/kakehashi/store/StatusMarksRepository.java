package dev.kakehashi.store;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.StatusMarks;
import dev.kakehashi.domain.StatusViewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * What a page of statuses shows beside them, read in one statement whatever the page's size: each
 * blog post's reaction and comment counts, which statuses the viewer bookmarked, liked, pinned and
 * muted, and what the viewer liked or boosted of the remote posts shown. Seven lookups that were
 * seven statements on every timeline page (each one a round trip, a native query set up in the ORM
 * and a plan in the database) are the branches of one {@code union all}.
 */
public final class StatusMarksRepository {
    private final Transactions tx;

    public StatusMarksRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * The marks of a page: counts of the blog posts {@code postIds} (and whether {@code viewer}
     * liked them), whether the viewer bookmarked or muted each of {@code shownIds} (a boost's is the
     * boosted post's id), which of {@code ownIds} (the viewer's own posts) are pinned, and what the
     * viewer liked or boosted of the remote posts {@code remoteUris}. A null viewer is anonymous. Joins
     * the caller's unit of work.
     */
    public StatusMarks of(
            Collection<Long> postIds,
            Collection<Long> shownIds,
            Collection<Long> ownIds,
            Collection<String> remoteUris,
            StatusViewer viewer) {
        List<String> branches = new ArrayList<>();
        boolean posts = !postIds.isEmpty();
        boolean shown = viewer != null && !shownIds.isEmpty();
        boolean own = viewer != null && !ownIds.isEmpty();
        boolean sent = viewer != null && !remoteUris.isEmpty();
        // Every branch names its columns: the first one's names are the statement's, and any may be first.
        // The uri column is only the sent branch's: the others' rows are named by id.
        if (posts) {
            branches.add("select 'reactions' as src, post_id as id, kind as kind, count(*) as n, null as uri"
                    + " from reaction where post_id in (:p) group by post_id, kind");
            branches.add("select 'comments' as src, post_id as id, null as kind, count(*) as n, null as uri"
                    + " from post_comment where post_id in (:p) and status = '" + CommentStatus.PUBLISHED.name()
                    + "' and deleted_at is null group by post_id");
            if (viewer != null) {
                branches.add("select 'liked' as src, post_id as id, null as kind, 0 as n, null as uri"
                        + " from reaction where kind = 'LIKE' and actor_uri = :u and post_id in (:p)");
            }
        }
        if (shown) {
            branches.add("select 'bookmarked' as src, status_id as id, null as kind, 0 as n, null as uri"
                    + " from bookmark where account_id = :a and status_id in (:s)");
            branches.add("select 'muted' as src, status_id as id, null as kind, 0 as n, null as uri"
                    + " from status_mute where account_id = :a and status_id in (:s)");
        }
        if (own) {
            branches.add("select 'pinned' as src, post_id as id, null as kind, 0 as n, null as uri"
                    + " from post_pin where post_id in (:o)");
        }
        if (sent) {
            branches.add("select 'sent' as src, 0 as id, kind as kind, 0 as n, remote_post_uri as uri"
                    + " from outbound_reaction where local_actor = :k and remote_post_uri in (:r)");
        }
        StatusMarks marks = new StatusMarks(
                new HashMap<>(),
                new HashMap<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashMap<>());
        if (branches.isEmpty()) {
            return marks;
        }
        Rows.list(
                        tx.session(),
                        String.join(" union all ", branches),
                        q -> {
                            if (posts) {
                                q.setParameterList("p", postIds);
                                if (viewer != null) {
                                    q.setParameter("u", viewer.actorUri());
                                }
                            }
                            if (shown) {
                                q.setParameter("a", viewer.accountId()).setParameterList("s", shownIds);
                            }
                            if (own) {
                                q.setParameterList("o", ownIds);
                            }
                            if (sent) {
                                q.setParameter("k", viewer.actorKey()).setParameterList("r", remoteUris);
                            }
                            return q;
                        },
                        r -> r)
                .forEach(r -> add(marks, r));
        return marks;
    }

    private static void add(StatusMarks marks, Rows.Row r) {
        long id = r.lng("id");
        String src = r.str("src").trim();
        if (src.equals("sent")) {
            marks.sent()
                    .computeIfAbsent(r.str("uri"), k -> EnumSet.noneOf(ReactionKind.class))
                    .add(r.enumOf(ReactionKind.class, "kind"));
            return;
        }
        // Words, not letters: H2 answers a one-letter literal as a Character.
        switch (src) {
            case "reactions" -> marks.reactions()
                    .computeIfAbsent(id, k -> new EnumMap<>(ReactionKind.class))
                    .put(r.enumOf(ReactionKind.class, "kind"), r.lng("n"));
            case "comments" -> marks.comments().put(id, r.lng("n"));
            case "liked" -> marks.favourited().add(id);
            case "bookmarked" -> marks.bookmarked().add(id);
            case "muted" -> marks.muted().add(id);
            case "pinned" -> marks.pinned().add(id);
            default -> throw new IllegalStateException("Unknown mark " + r.str("src"));
        }
    }
}
