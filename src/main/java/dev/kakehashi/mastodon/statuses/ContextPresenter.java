package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.CommentToStatus;
import dev.kakehashi.mastodon.convert.ReactorToAccount;
import dev.kakehashi.mastodon.convert.StatusFacts;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.ContextEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.CommentMark;
import dev.kakehashi.service.ThreadComment;
import dev.kakehashi.service.ThreadContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread as {@code Context}: comments on a blog post are remote statuses replying to the post or
 * to their parent comment, followed by the blog's own posts that reply; a comment's context has the
 * comments it answers above it. A comment read alone is the same status. An author's answer is the
 * author's own status: its account is their local account.
 */
public final class ContextPresenter {
    private final StatusPresenter statuses;
    private final AccountToEntity accounts;
    private final ReactorToAccount actors;
    private final CommentToStatus comments = new CommentToStatus();
    private final StatusFilters filters;

    /** @param actors an actor id that is none of the cached remote ones: one of the blog's authors, or unknown */
    public ContextPresenter(
            StatusPresenter statuses, AccountToEntity accounts, ReactorToAccount actors, StatusFilters filters) {
        this.statuses = statuses;
        this.accounts = accounts;
        this.actors = actors;
        this.filters = filters;
    }

    /** The thread with the viewer's {@code thread} filters applied. */
    public ContextEntity present(ThreadContext thread, Long viewerAccountId) {
        return filters.apply(viewerAccountId, present(thread));
    }

    public ContextEntity present(ThreadContext thread) {
        String postAuthorAccountId =
                thread.postAuthorId() == null ? null : thread.postAuthorId().toString();
        Map<Long, AccountEntity> byComment = new HashMap<>();
        List<StatusEntity> above = new ArrayList<>(statuses.present(thread.ancestors()));
        Map<Long, CommentMark> marks = thread.commentMarks();
        for (Comment c : thread.commentsAbove()) {
            above.add(convert(c, thread.commentAuthors(), byComment, postAuthorAccountId, marks.get(c.id())));
        }
        if (thread.comment() != null) {
            convert(thread.comment(), thread.commentAuthors(), byComment, postAuthorAccountId, null);
        }
        List<StatusEntity> below = new ArrayList<>();
        for (Comment c : thread.comments()) {
            below.add(convert(c, thread.commentAuthors(), byComment, postAuthorAccountId, marks.get(c.id())));
        }
        below.addAll(statuses.present(thread.descendants()));
        return new ContextEntity(above, below);
    }

    /** A comment read by its id: the same status as its thread's context lists. */
    public StatusEntity comment(ThreadComment c) {
        Map<Long, AccountEntity> byComment = new HashMap<>();
        String postAuthorAccountId = Long.toString(c.postAuthorId());
        if (c.parent() != null) {
            convert(c.parent(), c.authors(), byComment, postAuthorAccountId, null);
        }
        return convert(c.comment(), c.authors(), byComment, postAuthorAccountId, c.mark());
    }

    /**
     * The comment as a status answering its parent, whose author {@code byComment} holds, with its
     * counts and the viewer's marks ({@code mark}, null for none); notes its own author there.
     */
    private StatusEntity convert(
            Comment c,
            Map<String, RemoteActor> authors,
            Map<Long, AccountEntity> byComment,
            String postAuthorAccountId,
            CommentMark mark) {
        AccountEntity author = account(authors, c.actorUri());
        byComment.put(c.id(), author);
        AccountEntity parent = c.parentId() == null ? null : byComment.get(c.parentId());
        CommentMark m = mark == null ? CommentMark.NONE : mark;
        StatusFacts facts = new StatusFacts(
                m.likes(),
                m.boosts(),
                0,
                m.favourited(),
                m.reblogged(),
                m.bookmarked(),
                false,
                m.muted(),
                null,
                parent == null ? null : parent.id(),
                Map.of());
        return comments.convert(c, author, postAuthorAccountId, facts);
    }

    private AccountEntity account(Map<String, RemoteActor> known, String actorUri) {
        RemoteActor a = known.get(actorUri);
        return a == null ? actors.convert(actorUri, null) : accounts.remote(a);
    }
}
