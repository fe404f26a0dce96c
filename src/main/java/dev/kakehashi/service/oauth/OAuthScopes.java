package dev.kakehashi.service.oauth;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Mastodon's OAuth scopes and which granted scope covers which asked one. */
public final class OAuthScopes {
    /** {@code follow} is the old name for these six. */
    private static final Set<String> FOLLOW =
            Set.of("read:blocks", "read:follows", "read:mutes", "write:blocks", "write:follows", "write:mutes");

    /** Every scope an app may ask for, as {@code scopes_supported} lists them. */
    public static final List<String> SUPPORTED = List.of(
            "read",
            "write",
            "follow",
            "push",
            "profile",
            "read:accounts",
            "read:blocks",
            "read:bookmarks",
            "read:favourites",
            "read:filters",
            "read:follows",
            "read:lists",
            "read:mutes",
            "read:notifications",
            "read:search",
            "read:statuses",
            "write:accounts",
            "write:blocks",
            "write:bookmarks",
            "write:conversations",
            "write:favourites",
            "write:filters",
            "write:follows",
            "write:lists",
            "write:media",
            "write:mutes",
            "write:notifications",
            "write:reports",
            "write:statuses");

    private OAuthScopes() {}

    /** Whether {@code granted} covers {@code wanted}. */
    public static boolean covers(Collection<String> granted, String wanted) {
        if (granted.contains(wanted)) {
            return true;
        }
        int colon = wanted.indexOf(':');
        if (colon > 0 && granted.contains(wanted.substring(0, colon))) {
            return true;
        }
        return FOLLOW.contains(wanted) && granted.contains("follow");
    }

    /** Whether {@code granted} covers every one of {@code wanted}. */
    public static boolean coversAll(Collection<String> granted, Collection<String> wanted) {
        return wanted.stream().allMatch(w -> covers(granted, w));
    }

    public static boolean isKnown(String scope) {
        return SUPPORTED.contains(scope);
    }
}
