package dev.kakehashi.mastodon.streaming;

import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.conversations.ConversationPresenter;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.mastodon.notifications.NotificationPresenter;
import dev.kakehashi.service.ConversationFeed;
import dev.kakehashi.service.ListService;
import dev.kakehashi.service.NotificationFeed;
import dev.kakehashi.service.StreamedStatuses;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.filters.ActiveFilters;
import java.util.Optional;

/** Loads and serializes what an event is about, once per event on this node, as the REST API shows it. */
public final class StreamContent implements StreamHub.Content {
    private final StreamedStatuses statuses;
    private final StatusPresenter statusPresenter;
    private final NotificationFeed notifications;
    private final NotificationPresenter notificationPresenter;
    private final StatusFilters filters;
    private final ListService lists;
    private final ConversationFeed conversations;
    private final ConversationPresenter conversationPresenter;

    public StreamContent(
            StreamedStatuses statuses,
            StatusPresenter statusPresenter,
            NotificationFeed notifications,
            NotificationPresenter notificationPresenter,
            StatusFilters filters,
            ListService lists,
            ConversationFeed conversations,
            ConversationPresenter conversationPresenter) {
        this.statuses = statuses;
        this.statusPresenter = statusPresenter;
        this.notifications = notifications;
        this.notificationPresenter = notificationPresenter;
        this.filters = filters;
        this.lists = lists;
        this.conversations = conversations;
        this.conversationPresenter = conversationPresenter;
    }

    @Override
    public Optional<StatusEntity> status(long postId, Long viewer) {
        return statuses.publishedPost(postId, viewer, statusPresenter::one);
    }

    @Override
    public Optional<StatusEntity> remoteStatus(long id, Long viewer) {
        return statuses.remoteStatus(id, viewer, statusPresenter::one);
    }

    @Override
    public Optional<StatusEntity> federatedStatus(long id, long viewer) {
        return statuses.federatedStatus(id, viewer, statusPresenter::one);
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

    @Override
    public Optional<String> conversation(long accountId, long conversationId) {
        try {
            return Optional.of(StreamFrames.write(conversations
                    .one(accountId, conversationId, conversationPresenter::present)
                    .get(0)));
        } catch (ServiceException gone) {
            return Optional.empty();
        }
    }

    @Override
    public boolean ownsList(long accountId, long listId) {
        return lists.owns(accountId, listId);
    }

    @Override
    public boolean listShows(long accountId, long listId, long statusId) {
        return lists.shows(accountId, listId, statusId);
    }

    @Override
    public ActiveFilters filters(long accountId) {
        return filters.active(accountId);
    }

    @Override
    public StatusEntity judge(ActiveFilters active, FilterContext context, StatusEntity status) {
        return filters.judge(active, context, status);
    }
}
