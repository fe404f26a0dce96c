package dev.kakehashi.store;

import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.Snowflake;
import java.time.Instant;

/** What authors are told (the notification table). Queries for the admin and e-mail live here too. */
public final class NotificationRepository {
    private final Transactions tx;

    public NotificationRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Records a notification for one author.
     *
     * @param postId the local post concerned, or null
     * @param commentId the comment concerned, or null
     * @return the new notification's id
     */
    public long add(long accountId, NotificationKind kind, String actorUri, Long postId, Long commentId, Instant now) {
        long id = Snowflake.next();
        tx.session()
                .createNativeMutationQuery("insert into notification (id, account_id, kind, actor_uri, post_id,"
                        + " comment_id, created_at) values (:id, :account, :kind, :actor, :post, :comment, :now)")
                .setParameter("id", id)
                .setParameter("account", accountId)
                .setParameter("kind", kind.name())
                .setParameter("actor", actorUri)
                .setParameter("post", postId, Long.class)
                .setParameter("comment", commentId, Long.class)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }
}
