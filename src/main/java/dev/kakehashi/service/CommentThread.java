package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One comment's place in its post's thread: the comments it answers (oldest first), itself, and the
 * comments answering it or its replies (in thread order).
 */
record CommentThread(List<Comment> above, Comment comment, List<Comment> below) {
    /**
     * The place of comment {@code id} in {@code ordered} (a thread as {@link ThreadQueries#threadOrder}
     * gives it: each comment after its parent, a hidden comment's replies left out).
     *
     * @return empty when the thread does not show that comment
     */
    static Optional<CommentThread> of(List<Comment> ordered, long id) {
        int at = -1;
        for (int i = 0; i < ordered.size() && at < 0; i++) {
            if (ordered.get(i).id() == id) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        Comment comment = ordered.get(at);
        Map<Long, Comment> byId = ordered.stream().collect(Collectors.toMap(Comment::id, Function.identity()));
        Deque<Comment> above = new ArrayDeque<>();
        for (Comment c = comment; c.parentId() != null && byId.containsKey(c.parentId()); ) {
            c = byId.get(c.parentId());
            above.addFirst(c);
        }
        // Depth first, a comment's replies follow it without a break: they end at the first that is not one.
        Set<Long> subtree = new HashSet<>(Set.of(id));
        List<Comment> below = new ArrayList<>();
        for (Comment c : ordered.subList(at + 1, ordered.size())) {
            if (c.parentId() == null || !subtree.contains(c.parentId())) {
                break;
            }
            subtree.add(c.id());
            below.add(c);
        }
        return Optional.of(new CommentThread(List.copyOf(above), comment, below));
    }

    /** The comment it answers, or null when it answers the post. */
    Comment parent() {
        return above.isEmpty() ? null : above.get(above.size() - 1);
    }

    /** The comment and those below it: the statuses a blog post in its context may answer. */
    List<Comment> answerable() {
        List<Comment> all = new ArrayList<>(List.of(comment));
        all.addAll(below);
        return all;
    }

    /** Every comment shown with this one. */
    List<Comment> all() {
        List<Comment> all = new ArrayList<>(above);
        all.addAll(answerable());
        return all;
    }
}
