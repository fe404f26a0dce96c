package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.ThreadQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A status read by its id, whichever it is: a comment on the blog as its post's {@code context}
 * lists it, else a post (the blog's or one from elsewhere). What the status actions answer with.
 */
public final class AnyStatus {
    private final StatusQueries statuses;
    private final StatusPresenter presenter;
    private final ThreadQueries threads;
    private final ContextPresenter context;

    public AnyStatus(
            StatusQueries statuses, StatusPresenter presenter, ThreadQueries threads, ContextPresenter context) {
        this.statuses = statuses;
        this.presenter = presenter;
        this.threads = threads;
        this.context = context;
    }

    /** The status as {@code viewerAccountId} (null when anonymous) sees it; 404 when they may see none. */
    public StatusEntity one(long id, Long viewerAccountId) {
        return threads.comment(id, viewerAccountId, context::comment)
                .orElseGet(() -> statuses.one(id, viewerAccountId, presenter::one));
    }

    /**
     * Sets or clears one of {@code account}'s own marks on a status (a bookmark, a muted thread),
     * whichever it is: {@code onComment} marks a comment (false when the id is none), else {@code onPost}
     * marks the post. The status as the caller now sees it.
     */
    public StatusEntity mark(
            long account, long statusId, BiPredicate<Long, Long> onComment, BiConsumer<Long, Long> onPost) {
        if (!onComment.test(account, statusId)) {
            onPost.accept(account, statusId);
        }
        return one(statusId, account);
    }

    /**
     * Those of {@code ids} the viewer may see, posts and comments, in the order asked, each once;
     * {@code posts} are the posts among them, already read.
     */
    public List<StatusEntity> inOrder(List<Long> ids, List<StatusEntity> posts, Long viewerAccountId) {
        Map<Long, StatusEntity> byId = new HashMap<>();
        posts.forEach(s -> byId.put(Long.valueOf(s.id()), s));
        List<Long> rest = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!rest.isEmpty()) {
            byId.putAll(threads.comments(rest, viewerAccountId, context::comment));
        }
        List<StatusEntity> out = new ArrayList<>();
        ids.stream().distinct().map(byId::get).filter(s -> s != null).forEach(out::add);
        return out;
    }
}
