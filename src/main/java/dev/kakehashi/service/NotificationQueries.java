package dev.kakehashi.service;

import dev.kakehashi.domain.Notification;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.function.Function;

/** An author's notifications: the admin page, the unread badge, marking them read. */
public final class NotificationQueries {
    public static final int PAGE_SIZE = 30;
    /** Deeper pages than this are refused (a page number in a URL is anyone's to type). */
    public static final int MAX_PAGE = 10_000;

    private final Transactions tx;
    private final NotificationRepository notifications;
    private final Clock clock;

    public NotificationQueries(Transactions tx, NotificationRepository notifications, Clock clock) {
        this.tx = tx;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** One page, newest first, each mapped with {@code view}. */
    public <T> Page<T> page(long accountId, int number, Function<Notification, T> view) {
        int page = Math.max(1, Math.min(MAX_PAGE, number));
        return tx.call(() -> new Page<>(
                notifications.forAccount(accountId, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                        .map(view)
                        .toList(),
                page,
                PAGE_SIZE,
                notifications.count(accountId)));
    }

    public long unread(long accountId) {
        return tx.call(() -> notifications.countUnread(accountId));
    }

    /** @return how many were unread */
    public int markAllRead(long accountId) {
        return tx.call(() -> notifications.markAllRead(accountId, clock.instant()));
    }
}
