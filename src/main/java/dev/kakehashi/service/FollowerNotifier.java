package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.NotificationRepository;
import java.time.Instant;

/**
 * Tells authors about a new follower: the author followed, or every admin when the blog is. Runs in
 * the caller's transaction, so the notification exists exactly when the follower row does.
 */
public final class FollowerNotifier {
    private final AccountRepository accounts;
    private final NotificationRepository notifications;

    public FollowerNotifier(AccountRepository accounts, NotificationRepository notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    /**
     * @param authorId the followed author's account, or null when the blog itself was followed
     * @param request true when the follow waits for approval (FOLLOW_REQUEST), false when accepted
     */
    public void newFollower(Long authorId, String followerUri, boolean request, Instant now) {
        NotificationKind kind = request ? NotificationKind.FOLLOW_REQUEST : NotificationKind.FOLLOW;
        if (authorId != null) {
            notifications.add(authorId, kind, followerUri, null, null, now);
            return;
        }
        for (Account account : accounts.all()) {
            if (account.isAdmin()) {
                notifications.add(account.id(), kind, followerUri, null, null, now);
            }
        }
    }
}
