package dev.kakehashi.mastodon.notifications;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.Notification;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.convert.CommentToStatus;
import dev.kakehashi.mastodon.convert.NotificationToEntity;
import dev.kakehashi.mastodon.convert.ReactorToAccount;
import dev.kakehashi.mastodon.convert.StatusFacts;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.NotificationEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.NotificationBatch;
import dev.kakehashi.service.StatusSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a loaded page of notifications into {@code Notification} entities from the batch alone (no
 * query per notification): a reply's status is the comment, a like's or boost's the post, a
 * mention's the post from elsewhere that mentions the author.
 */
public final class NotificationPresenter {
    private final StatusPresenter statuses;
    private final ReactorToAccount accounts;
    private final NotificationToEntity notifications = new NotificationToEntity();
    private final CommentToStatus comments = new CommentToStatus();

    /**
     * @param accounts who acted: a remote actor from the batch, or (one query each, rare) another of
     *     the blog's authors, who favourited a post from an app
     */
    public NotificationPresenter(StatusPresenter statuses, ReactorToAccount accounts) {
        this.statuses = statuses;
        this.accounts = accounts;
    }

    public List<NotificationEntity> present(NotificationBatch batch) {
        Map<Long, StatusEntity> posts = new HashMap<>();
        Map<String, StatusEntity> remote = new HashMap<>();
        List<StatusEntity> shown = statuses.present(batch.posts());
        for (int i = 0; i < shown.size(); i++) {
            StatusEntity e = shown.get(i);
            if (batch.posts().items().get(i) instanceof StatusSource.Remote) {
                remote.put(e.uri(), e);
            } else {
                posts.put(Long.valueOf(e.id()), e);
            }
        }
        return batch.items().stream()
                .map(n -> notifications.convert(n, account(batch, n.actorUri()), status(n, batch, posts, remote)))
                .toList();
    }

    public NotificationEntity one(NotificationBatch batch) {
        return present(batch).get(0);
    }

    private StatusEntity status(
            Notification n, NotificationBatch batch, Map<Long, StatusEntity> posts, Map<String, StatusEntity> remote) {
        Comment c = n.commentId() == null ? null : batch.comments().get(n.commentId());
        if (c != null && !c.isDeleted()) {
            StatusEntity post = posts.get(c.postId());
            String postAuthor = post == null ? null : post.account().id();
            return comments.convert(c, account(batch, c.actorUri()), postAuthor, StatusFacts.NONE);
        }
        if (n.postId() == null) {
            return n.noteUri() == null ? null : remote.get(n.noteUri());
        }
        return posts.get(n.postId());
    }

    private AccountEntity account(NotificationBatch batch, String actorUri) {
        return accounts.convert(actorUri, batch.actors().get(actorUri));
    }
}
