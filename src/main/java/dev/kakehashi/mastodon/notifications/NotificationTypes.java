package dev.kakehashi.mastodon.notifications;

import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.mastodon.convert.NotificationToEntity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which kinds of notification a client asked for (INTEROP B8.1): {@code types[]} and {@code
 * supported_types[]} narrow, {@code exclude_types[]} removes; unknown type names are ignored, as
 * Mastodon does. A type the client excluded or did not list is never answered.
 */
public final class NotificationTypes {
    private NotificationTypes() {}

    public static Set<NotificationKind> kinds(List<String> types, List<String> supported, List<String> excluded) {
        Set<NotificationKind> kinds = EnumSet.allOf(NotificationKind.class);
        if (!types.isEmpty()) {
            kinds.removeIf(k -> !types.contains(NotificationToEntity.type(k)));
        }
        if (!supported.isEmpty()) {
            kinds.removeIf(k -> !supported.contains(NotificationToEntity.type(k)));
        }
        kinds.removeIf(k -> excluded.contains(NotificationToEntity.type(k)));
        return kinds;
    }
}
