package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.entity.StatusEditEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.entity.StatusSourceEntity;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.ThreadQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Status {@code id} when it is a comment on the blog the viewer is shown, as {@code context} lists it. */
    public Optional<StatusEntity> comment(long id, Long viewerAccountId) {
        return threads.comment(id, viewerAccountId, context::comment);
    }

    /**
     * A comment's {@code /source}, as Mastodon answers for any status the viewer may see: an author's
     * own answer as the Markdown they wrote (an answer older than the Markdown kept with answers as the
     * text of its HTML), a comment from elsewhere as its HTML, which is
     * what Mastodon keeps as a remote status's text; a comment has no content warning of its own here
     * beyond the one it came with.
     */
    public Optional<StatusSourceEntity> source(long id, long viewerAccountId) {
        return threads.shownComment(id, viewerAccountId).map(c -> {
            String html = c.content().contentHtml();
            boolean own = c.accountId() != null && c.accountId() == viewerAccountId;
            String warning = c.content().summary();
            String text = own ? threads.answerSource(c) : html;
            return new StatusSourceEntity(Long.toString(c.id()), text, warning == null ? "" : warning);
        });
    }

    /**
     * A comment's current version as the last entry of its {@code /history}: since its last edit, or
     * since it was published (the one entry of a status never edited, as Mastodon answers).
     */
    public static StatusEditEntity currentVersion(StatusEntity comment) {
        return new StatusEditEntity(
                comment.content(),
                comment.spoilerText(),
                comment.sensitive(),
                comment.editedAt() != null ? comment.editedAt() : comment.createdAt(),
                comment.account(),
                comment.poll(),
                comment.mediaAttachments(),
                comment.emojis());
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
