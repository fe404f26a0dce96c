package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts and the viewer's marks of comments shown as statuses, for a whole thread in five
 * statements: the likes and boosts the blog's authors sent (to the commenter's server, or kept here
 * for a comment without one), the likes, emoji reactions and boosts other servers sent of the
 * authors' answers (the reaction table), the viewer's bookmarks and muted threads. Joins the
 * caller's unit of work.
 */
final class CommentMarks {
    private final OutboundReactionRepository sent;
    private final ReactionRepository received;
    private final BookmarkRepository bookmarks;
    private final ThreadMuteRepository mutes;

    CommentMarks(
            OutboundReactionRepository sent,
            ReactionRepository received,
            BookmarkRepository bookmarks,
            ThreadMuteRepository mutes) {
        this.sent = sent;
        this.received = received;
        this.bookmarks = bookmarks;
        this.mutes = mutes;
    }

    /** Each comment's mark by comment id, as {@code viewerAccountId} (null when anonymous) sees it. */
    Map<Long, CommentMark> of(List<Comment> comments, Long viewerAccountId) {
        if (comments.isEmpty()) {
            return Map.of();
        }
        List<String> uris = comments.stream().map(Comment::uri).toList();
        Map<String, long[]> counts = new HashMap<>();
        sent.counts(uris)
                .forEach(
                        c -> counts.computeIfAbsent(c.uri(), u -> new long[2])[c.kind() == ReactionKind.LIKE ? 0 : 1] +=
                                c.count());
        // Only an answer of ours is a Note other servers can like or boost; a comment from elsewhere
        // has none here, so nothing is counted twice.
        List<Long> answers =
                comments.stream().filter(Comment::isLocal).map(Comment::id).toList();
        Map<Long, Map<ReactionKind, Long>> fromElsewhere = received.countsOfComments(answers);
        Map<String, Set<ReactionKind>> mine = new HashMap<>();
        Set<Long> kept = Set.of();
        Set<Long> muted = Set.of();
        if (viewerAccountId != null) {
            sent.of(FollowingService.actorKey(viewerAccountId), uris)
                    .forEach(r -> mine.computeIfAbsent(r.remotePostUri(), u -> new java.util.HashSet<>())
                            .add(r.kind()));
            kept = bookmarks.of(
                    viewerAccountId, comments.stream().map(Comment::id).toList());
            muted = mutes.of(
                    viewerAccountId,
                    comments.stream().map(Comment::postId).distinct().toList());
        }
        Map<Long, CommentMark> out = new HashMap<>();
        for (Comment c : comments) {
            long[] n = counts.getOrDefault(c.uri(), new long[2]);
            Map<ReactionKind, Long> other = fromElsewhere.getOrDefault(c.id(), Map.of());
            Set<ReactionKind> own = mine.getOrDefault(c.uri(), Set.of());
            out.put(
                    c.id(),
                    new CommentMark(
                            n[0]
                                    + other.getOrDefault(ReactionKind.LIKE, 0L)
                                    + other.getOrDefault(ReactionKind.EMOJI, 0L),
                            n[1] + other.getOrDefault(ReactionKind.BOOST, 0L),
                            own.contains(ReactionKind.LIKE),
                            own.contains(ReactionKind.BOOST),
                            kept.contains(c.id()),
                            muted.contains(c.postId())));
        }
        return out;
    }
}
