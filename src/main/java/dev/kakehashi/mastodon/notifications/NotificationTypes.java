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
 *
 * <p>{@code quote} came with Mastodon API version 7 (4.5): a client written before it draws such a
 * notification as a blank row or drops the whole page. So, as Mastodon gates types newer than a
 * client, a quote reaches only a client that names {@code quote} in {@code types[]} or {@code
 * supported_types[]} (Mastodon 4.5's own web client and the apps updated for quotes do); a client
 * that names no types, or only excludes some, is not sent them.
 */
public final class NotificationTypes {
    /** Kinds newer than most clients: answered only to a client that names them. */
    static final Set<NotificationKind> OPT_IN = EnumSet.of(NotificationKind.QUOTE);

    private NotificationTypes() {}

    public static Set<NotificationKind> kinds(List<String> types, List<String> supported, List<String> excluded) {
        return kinds(types, supported, supported, excluded);
    }

    /**
     * For grouped notifications (v2), where {@code supported_types[]} does not narrow (Mastodon
     * reads it for fallbacks) but still tells which new types the client can show.
     */
    public static Set<NotificationKind> grouped(List<String> types, List<String> supported, List<String> excluded) {
        return kinds(types, List.of(), supported, excluded);
    }

    private static Set<NotificationKind> kinds(
            List<String> types, List<String> narrowing, List<String> supported, List<String> excluded) {
        Set<NotificationKind> kinds = EnumSet.allOf(NotificationKind.class);
        if (!types.isEmpty()) {
            kinds.removeIf(k -> !types.contains(NotificationToEntity.type(k)));
        }
        if (!narrowing.isEmpty()) {
            kinds.removeIf(k -> !narrowing.contains(NotificationToEntity.type(k)));
        }
        kinds.removeIf(k -> OPT_IN.contains(k) && !named(k, types) && !named(k, supported));
        kinds.removeIf(k -> excluded.contains(NotificationToEntity.type(k)));
        return kinds;
    }

    private static boolean named(NotificationKind k, List<String> types) {
        return types.contains(NotificationToEntity.type(k));
    }
}
