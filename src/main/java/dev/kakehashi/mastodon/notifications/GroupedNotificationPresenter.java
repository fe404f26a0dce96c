package dev.kakehashi.mastodon.notifications;

import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.domain.NotificationGroupKey;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.GroupedNotificationsEntity;
import dev.kakehashi.mastodon.entity.NotificationEntity;
import dev.kakehashi.mastodon.entity.NotificationGroupEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.service.GroupedNotifications;
import dev.kakehashi.service.filters.ActiveFilters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of notifications as {@code GroupedNotificationsResults}: notifications presented one by
 * one (the viewer's {@code notifications} filters applied), then gathered by group, newest group
 * first, each account and status listed once.
 */
public final class GroupedNotificationPresenter {
    private final NotificationPresenter notifications;
    private final AccountToEntity accounts;
    private final StatusFilters filters;

    public GroupedNotificationPresenter(
            NotificationPresenter notifications, AccountToEntity accounts, StatusFilters filters) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.filters = filters;
    }

    public GroupedNotificationsEntity present(GroupedNotifications page, ActiveFilters active) {
        List<NotificationEntity> shown = new ArrayList<>(filters.apply(
                active,
                FilterContext.NOTIFICATIONS,
                notifications.present(page.batch()),
                NotificationEntity::status,
                NotificationEntity::withStatus));
        shown.sort(Comparator.comparingLong((NotificationEntity n) -> Long.parseLong(n.id()))
                .reversed());
        Map<NotificationGroupKey, List<NotificationEntity>> byGroup = new LinkedHashMap<>();
        for (NotificationEntity n : shown) {
            NotificationGroupKey key = page.keys().get(Long.valueOf(n.id()));
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        Map<String, AccountEntity> accountsById = new LinkedHashMap<>();
        Map<String, StatusEntity> statusesById = new LinkedHashMap<>();
        List<NotificationGroupEntity> groups = new ArrayList<>();
        byGroup.forEach((key, members) -> {
            NotificationEntity newest = members.get(0);
            NotificationEntity oldest = members.get(members.size() - 1);
            GroupedNotifications.Group facts = page.groups().get(key);
            List<String> sample = new ArrayList<>();
            for (String uri : facts.sampleActorUris()) {
                AccountEntity a = account(page, uri);
                accountsById.putIfAbsent(a.id(), a);
                sample.add(a.id());
            }
            members.forEach(m -> accountsById.putIfAbsent(m.account().id(), m.account()));
            if (newest.status() != null) {
                statusesById.putIfAbsent(newest.status().id(), newest.status());
            }
            groups.add(new NotificationGroupEntity(
                    key.text(),
                    Math.max(facts.count(), members.size()),
                    newest.type(),
                    newest.id(),
                    oldest.id(),
                    newest.id(),
                    newest.createdAt(),
                    sample,
                    newest.status() == null ? null : newest.status().id()));
        });
        return new GroupedNotificationsEntity(
                List.copyOf(accountsById.values()), List.copyOf(statusesById.values()), groups);
    }

    private AccountEntity account(GroupedNotifications page, String actorUri) {
        RemoteActor a = page.batch().actors().get(actorUri);
        return a == null ? accounts.unknownRemote(actorUri) : accounts.remote(a);
    }
}
