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
import dev.kakehashi.service.ThreadContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread as {@code Context}: comments on a blog post are remote statuses replying to the post or
 * to their parent comment, followed by the blog's own posts that reply.
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
        List<StatusEntity> below = new ArrayList<>();
        for (Comment c : thread.comments()) {
            AccountEntity author = account(thread.commentAuthors(), c.actorUri());
            byComment.put(c.id(), author);
            AccountEntity parent = c.parentId() == null ? null : byComment.get(c.parentId());
            StatusFacts facts = parent == null
                    ? StatusFacts.NONE
                    : new StatusFacts(0, 0, 0, false, false, false, false, false, null, parent.id(), Map.of());
            below.add(comments.convert(c, author, postAuthorAccountId, facts));
        }
        below.addAll(statuses.present(thread.descendants()));
        return new ContextEntity(statuses.present(thread.ancestors()), below);
    }

    private AccountEntity account(Map<String, RemoteActor> known, String actorUri) {
        RemoteActor a = known.get(actorUri);
        return a == null ? accounts.unknownRemote(actorUri) : accounts.remote(a);
    }
}
