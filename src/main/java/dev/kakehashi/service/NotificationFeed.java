package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.NotificationGroupKey;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.MarkerRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An author's notifications as the Mastodon API reads them: paged by id (ids sort by time),
 * filtered by kind and by who did it, one page loaded with a fixed number of queries.
 */
public final class NotificationFeed {
    private final Transactions tx;
    private final NotificationRepository notifications;
    private final CommentRepository comments;
    private final RemoteActorRepository actors;
    private final MarkerRepository markers;
    private final StatusQueries statuses;
    private final Clock clock;

    public NotificationFeed(
            Transactions tx,
            NotificationRepository notifications,
            CommentRepository comments,
            RemoteActorRepository actors,
            MarkerRepository markers,
            StatusQueries statuses,
            Clock clock) {
        this.tx = tx;
        this.notifications = notifications;
        this.comments = comments;
        this.actors = actors;
        this.markers = markers;
        this.statuses = statuses;
        this.clock = clock;
    }

    /**
     * One page of notifications of the given kinds, newest first (oldest first when the range reads
     * upwards).
     *
     * @param fromAccountId only those by this remote account, or null for all; an unknown account
     *     has none
     */
    public <T> T page(
            long accountId,
            IdRange range,
            Set<NotificationKind> kinds,
            Long fromAccountId,
            Function<NotificationBatch, T> view) {
        return tx.call(() -> {
            String actorUri = null;
            if (fromAccountId != null) {
                actorUri = actors.byId(fromAccountId).map(RemoteActor::uri).orElse(null);
                if (actorUri == null) {
                    return view.apply(batch(accountId, List.of()));
                }
            }
            return view.apply(
                    batch(accountId, notifications.inRange(accountId, range, kinds, actorUri, clock.instant())));
        });
    }

    /** Most recent distinct accounts shown for a group. */
    public static final int SAMPLE_ACCOUNTS = 8;

    /** At most this many accounts listed for one group. */
    public static final int GROUP_ACCOUNTS = 80;

    /**
     * One page of notifications (as {@link #page}) with their groups: kinds in {@code grouped} are
     * grouped, the others stand alone. One count and one sample query per group on the page.
     */
    public <T> T groupedPage(
            long accountId,
            IdRange range,
            Set<NotificationKind> kinds,
            Long fromAccountId,
            Set<NotificationKind> grouped,
            Function<GroupedNotifications, T> view) {
        return tx.call(() -> {
            String actorUri = null;
            if (fromAccountId != null) {
                actorUri = actors.byId(fromAccountId).map(RemoteActor::uri).orElse(null);
                if (actorUri == null) {
                    return view.apply(grouped(accountId, List.of(), grouped));
                }
            }
            return view.apply(grouped(
                    accountId, notifications.inRange(accountId, range, kinds, actorUri, clock.instant()), grouped));
        });
    }

    /** The newest notifications of one group, as a page of one group; 404 when it has none. */
    public <T> T group(long accountId, NotificationGroupKey key, Function<GroupedNotifications, T> view) {
        return tx.call(() -> {
            List<Notification> items = notifications.inGroup(accountId, key, Long.MAX_VALUE, SAMPLE_ACCOUNTS);
            if (items.isEmpty()) {
                throw ServiceException.notFound("Notification group");
            }
            return view.apply(grouped(accountId, items, NotificationGroupKey.GROUPABLE));
        });
    }

    /** Removes a whole group; 404 when it has nothing. */
    public void dismissGroup(long accountId, NotificationGroupKey key) {
        tx.run(() -> {
            if (notifications.deleteGroup(accountId, key) == 0) {
                throw ServiceException.notFound("Notification group");
            }
        });
    }

    /** Who is in a group, most recent first (unknown actors left out); 404 when it has nothing. */
    public List<RemoteActor> groupAccounts(long accountId, NotificationGroupKey key) {
        return tx.call(() -> {
            List<Notification> items = notifications.inGroup(accountId, key, Long.MAX_VALUE, GROUP_ACCOUNTS);
            if (items.isEmpty()) {
                throw ServiceException.notFound("Notification group");
            }
            List<String> uris =
                    items.stream().map(Notification::actorUri).distinct().toList();
            Map<String, RemoteActor> known = actors.byUris(new HashSet<>(uris)).stream()
                    .collect(Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a));
            return uris.stream().map(known::get).filter(Objects::nonNull).toList();
        });
    }

    private GroupedNotifications grouped(long accountId, List<Notification> items, Set<NotificationKind> grouped) {
        Map<Long, NotificationGroupKey> keys = new java.util.LinkedHashMap<>();
        Map<NotificationGroupKey, Long> newest = new java.util.LinkedHashMap<>();
        for (Notification n : items) {
            NotificationGroupKey key = NotificationGroupKey.of(n, grouped);
            keys.put(n.id(), key);
            newest.merge(key, n.id(), Math::max);
        }
        Map<NotificationGroupKey, GroupedNotifications.Group> groups = new java.util.LinkedHashMap<>();
        Set<String> extraActors = new HashSet<>();
        newest.forEach((key, max) -> {
            if (key.ungrouped()) {
                groups.put(
                        key,
                        new GroupedNotifications.Group(
                                1,
                                List.of(items.stream()
                                        .filter(n -> n.id() == key.notificationId())
                                        .findFirst()
                                        .orElseThrow()
                                        .actorUri())));
                return;
            }
            List<String> sample = notifications.inGroup(accountId, key, max, SAMPLE_ACCOUNTS * 5).stream()
                    .map(Notification::actorUri)
                    .distinct()
                    .limit(SAMPLE_ACCOUNTS)
                    .toList();
            extraActors.addAll(sample);
            groups.put(key, new GroupedNotifications.Group(notifications.countInGroup(accountId, key, max), sample));
        });
        return new GroupedNotifications(batch(accountId, items, extraActors), keys, groups);
    }

    /** One of the author's notifications; 404 when it is not theirs. */
    public <T> T one(long accountId, long id, Function<NotificationBatch, T> view) {
        return tx.call(() -> view.apply(batch(
                accountId,
                List.of(notifications
                        .byId(accountId, id)
                        .orElseThrow(() -> ServiceException.notFound("Notification"))))));
    }

    /** Removes one notification; 404 when it is not the author's. */
    public void dismiss(long accountId, long id) {
        tx.run(() -> {
            if (!notifications.delete(accountId, id)) {
                throw ServiceException.notFound("Notification");
            }
        });
    }

    /** Removes all of the author's notifications. */
    public void clear(long accountId) {
        tx.run(() -> notifications.clear(accountId));
    }

    /** Notifications after the author's {@code notifications} marker (all when there is none), at most {@code cap}. */
    public long unread(long accountId, int cap) {
        return tx.call(() -> {
            long after = markers.of(accountId).stream()
                    .filter(m -> "notifications".equals(m.timeline()))
                    .map(m -> parseOrZero(m.lastReadId()))
                    .findFirst()
                    .orElse(0L);
            return Math.min(cap, notifications.countAfter(accountId, after, clock.instant()));
        });
    }

    private NotificationBatch batch(long accountId, List<Notification> items) {
        return batch(accountId, items, Set.of());
    }

    /** The notifications of {@code accountId} with what they are about, statuses as that author sees them. */
    private NotificationBatch batch(long accountId, List<Notification> items, Set<String> extraActorUris) {
        Set<Long> postIds = items.stream()
                .map(Notification::postId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> commentIds = items.stream()
                .map(Notification::commentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // A mention by a post from elsewhere is about that post (kept when it mentions an author).
        Set<String> notes = items.stream()
                .map(Notification::noteUri)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> actorUris = new HashSet<>(extraActorUris);
        items.forEach(n -> actorUris.add(n.actorUri()));
        Map<Long, Comment> byId =
                comments.byIds(commentIds).stream().collect(Collectors.toMap(Comment::id, c -> c, (a, b) -> a));
        byId.values().forEach(c -> actorUris.add(c.actorUri()));
        Map<String, RemoteActor> known =
                actors.byUris(actorUris).stream().collect(Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a));
        return new NotificationBatch(items, statuses.postsBatch(postIds, notes, accountId), byId, known);
    }

    private static long parseOrZero(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
