package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.notifications.NotificationPresenter;
import dev.kakehashi.service.NotificationFeed;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.ServiceException;
import java.util.Optional;

/** Loads and serializes what an event is about, once per event on this node, as the REST API shows it. */
public final class StreamContent implements StreamHub.Content {
    private final StatusQueries statuses;
    private final StatusPresenter statusPresenter;
    private final NotificationFeed notifications;
    private final NotificationPresenter notificationPresenter;

    public StreamContent(
            StatusQueries statuses,
            StatusPresenter statusPresenter,
            NotificationFeed notifications,
            NotificationPresenter notificationPresenter) {
        this.statuses = statuses;
        this.statusPresenter = statusPresenter;
        this.notifications = notifications;
        this.notificationPresenter = notificationPresenter;
    }

    @Override
    public Optional<String> status(long postId) {
        return statuses.publishedPost(postId, statusPresenter::one).map(StreamFrames::write);
    }

    @Override
    public Optional<String> notification(long accountId, long notificationId) {
        try {
            return Optional.of(
                    StreamFrames.write(notifications.one(accountId, notificationId, notificationPresenter::one)));
        } catch (ServiceException gone) {
            return Optional.empty();
        }
    }
}
