package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.CommentToStatus;
import dev.kakehashi.mastodon.convert.StatusFacts;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.ContextEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.ThreadComment;
import dev.kakehashi.service.ThreadContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread as {@code Context}: comments on a blog post are remote statuses replying to the post or
 * to their parent comment, followed by the blog's own posts that reply; a comment's context has the
 * comments it answers above it. A comment read alone is the same status.
 */
public final class ContextPresenter {
    private final StatusPresenter statuses;
    private final AccountToEntity accounts;
    private final CommentToStatus comments = new CommentToStatus();
    private final StatusFilters filters;

    public ContextPresenter(StatusPresenter statuses, AccountToEntity accounts, StatusFilters filters) {
        this.statuses = statuses;
        this.accounts = accounts;
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
        for (Comment c : thread.commentsAbove()) {
            above.add(convert(c, thread.commentAuthors(), byComment, postAuthorAccountId));
        }
        if (thread.comment() != null) {
            convert(thread.comment(), thread.commentAuthors(), byComment, postAuthorAccountId);
        }
        List<StatusEntity> below = new ArrayList<>();
        for (Comment c : thread.comments()) {
            below.add(convert(c, thread.commentAuthors(), byComment, postAuthorAccountId));
        }
        below.addAll(statuses.present(thread.descendants()));
        return new ContextEntity(above, below);
    }

    /** A comment read by its id: the same status as its thread's context lists. */
    public StatusEntity comment(ThreadComment c) {
        Map<Long, AccountEntity> byComment = new HashMap<>();
        String postAuthorAccountId = Long.toString(c.postAuthorId());
        if (c.parent() != null) {
            convert(c.parent(), c.authors(), byComment, postAuthorAccountId);
        }
        return convert(c.comment(), c.authors(), byComment, postAuthorAccountId);
    }

    /** The comment as a status answering its parent, whose author {@code byComment} holds; notes its own there. */
    private StatusEntity convert(
            Comment c,
            Map<String, RemoteActor> authors,
            Map<Long, AccountEntity> byComment,
            String postAuthorAccountId) {
        AccountEntity author = account(authors, c.actorUri());
        byComment.put(c.id(), author);
        AccountEntity parent = c.parentId() == null ? null : byComment.get(c.parentId());
        StatusFacts facts = parent == null
                ? StatusFacts.NONE
                : new StatusFacts(0, 0, 0, false, false, false, false, false, null, parent.id(), Map.of());
        return comments.convert(c, author, postAuthorAccountId, facts);
    }

    private AccountEntity account(Map<String, RemoteActor> known, String actorUri) {
        RemoteActor a = known.get(actorUri);
        return a == null ? accounts.unknownRemote(actorUri) : accounts.remote(a);
    }
}
