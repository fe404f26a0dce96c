package dev.kakehashi.service;

import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.NotificationGroupKey;
import java.util.List;
import java.util.Map;

/**
 * A page of notifications with the group of each, and for every group what the whole group holds
 * (up to the newest of its notifications on the page): how many, and who did it most recently.
 *
 * @param batch the page's notifications with their posts, comments and actors (sample actors too)
 */
public record GroupedNotifications(
        NotificationBatch batch, Map<Long, NotificationGroupKey> keys, Map<NotificationGroupKey, Group> groups) {
    /** @param sampleActorUris distinct, most recent first */
    public record Group(long count, List<String> sampleActorUris) {}

    public List<Notification> items() {
        return batch.items();
    }
}
