package dev.kakehashi.web.view;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusAttachment;
import dev.kakehashi.domain.StatusAuthor;
import dev.kakehashi.service.CommentToStatusRecord;
import dev.kakehashi.store.CommentRepository;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the thread a page shows from all comments of a post: published ones, and placeholders for
 * deleted or unavailable ones that still have published replies. Iterative throughout (an explicit
 * stack), so a thread a thousand replies deep costs a loop, not a thousand stack frames. Each comment
 * is read from its shared status record ({@link CommentToStatusRecord}), as the Mastodon API reads it.
 */
public final class CommentsToView {
    public CommentsView thread(List<CommentWithAuthor> all) {
        Map<Long, List<CommentWithAuthor>> children = new HashMap<>();
        Map<Long, CommentWithAuthor> byId = new HashMap<>();
        for (CommentWithAuthor c : all) {
            byId.put(c.row().id(), c);
        }
        List<CommentWithAuthor> roots = new ArrayList<>();
        for (CommentWithAuthor c : all) {
            Long parent = c.row().parentId();
            if (parent == null || !byId.containsKey(parent)) {
                roots.add(c);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
            }
        }
        // Pre-order walk: each comment right before its replies, each with its depth in the tree.
        List<CommentWithAuthor> order = new ArrayList<>(all.size());
        Map<Long, Integer> depth = new HashMap<>();
        Deque<CommentWithAuthor> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
            depth.put(roots.get(i).row().id(), 0);
        }
        while (!stack.isEmpty()) {
            CommentWithAuthor c = stack.pop();
            order.add(c);
            List<CommentWithAuthor> kids = children.getOrDefault(c.row().id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
                depth.put(kids.get(i).row().id(), depth.get(c.row().id()) + 1);
            }
        }
        // Backwards, children come before parents: mark everything that has something to show.
        Map<Long, Boolean> shows = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Comment r = order.get(i).row();
            boolean any = visible(r);
            for (CommentWithAuthor k : children.getOrDefault(r.id(), List.of())) {
                any |= shows.getOrDefault(k.row().id(), false);
            }
            shows.put(r.id(), any);
        }
        List<CommentView> items = new ArrayList<>();
        long count = 0;
        for (CommentWithAuthor c : order) {
            Comment r = c.row();
            if (!shows.get(r.id())) {
                continue;
            }
            int d = depth.get(r.id());
            int indent = Math.min(d, CommentsView.MAX_INDENT);
            String replyTo =
                    d > CommentsView.MAX_INDENT && r.parentId() != null ? nameOf(byId.get(r.parentId())) : null;
            if (visible(r)) {
                count++;
                items.add(comment(c, indent, replyTo));
            } else {
                String text = r.isDeleted() ? "This comment was deleted." : "This comment is not available.";
                items.add(new CommentView(
                        anchor(r), indent, true, text, null, null, null, null, null, null, null, null, false, List.of(),
                        null, null));
            }
        }
        return new CommentsView(count, items);
    }

    private static boolean visible(Comment r) {
        return r.status() == CommentStatus.PUBLISHED && !r.isDeleted();
    }

    private static String anchor(Comment r) {
        return "comment-" + r.id();
    }

    /** A published comment, read from its shared status record. */
    private static CommentView comment(CommentWithAuthor c, int indent, String replyTo) {
        Status s = CommentToStatusRecord.map(c);
        StatusAuthor author = s.author();
        boolean anonymous = anonymous(author);
        return new CommentView(
                anchor(c.row()),
                indent,
                false,
                null,
                replyTo,
                nameOf(author),
                anonymous || author.handle() == null ? null : "@" + author.handle(),
                anonymous ? null : http(author.profileUrl()),
                anonymous ? null : http(author.avatarUrl()),
                // An anonymized comment keeps its words, not the way back to the deleted account's post.
                anonymous ? null : http(s.url()),
                s.html(),
                s.spoiler(),
                s.sensitive(),
                attachments(s.attachments()),
                s.created(),
                s.edited());
    }

    private static String nameOf(CommentWithAuthor c) {
        return c == null ? null : nameOf(CommentToStatusRecord.author(c));
    }

    private static boolean anonymous(StatusAuthor a) {
        return CommentRepository.ANONYMOUS_ACTOR.equals(a.actorUri());
    }

    /** The name shown for a comment's author: display name, else handle, else the host. */
    private static String nameOf(StatusAuthor a) {
        if (anonymous(a)) {
            return "A deleted account";
        }
        if (a.name() != null && !a.name().isBlank()) {
            return a.name();
        }
        return a.handle() != null ? "@" + a.handle() : a.host();
    }

    private static List<CommentView.CommentAttachmentView> attachments(List<StatusAttachment> files) {
        List<CommentView.CommentAttachmentView> out = new ArrayList<>();
        for (StatusAttachment a : files) {
            String url = http(a.url());
            if (url != null) {
                out.add(new CommentView.CommentAttachmentView(
                        url, a.description() == null ? "" : a.description(), a.isImage(), a.mediaType()));
            }
        }
        return out;
    }

    /** Only http(s) links reach a page, whatever a peer stored. */
    private static String http(String url) {
        if (url == null) {
            return null;
        }
        try {
            String scheme = URI.create(url).getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme) ? url : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
