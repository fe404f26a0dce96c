package dev.kakehashi.web.view;

import dev.kakehashi.domain.ReactionWithActor;

/**
 * Someone from the fediverse who reacted, as a theme shows them.
 *
 * @param handle {@code @user@host}, or the actor's address when it is not cached
 * @param avatarUrl null when they have none (or are not cached)
 * @param profileUrl their profile page, else their actor id
 */
public record ReactorView(String name, String handle, String avatarUrl, String profileUrl) {
    static ReactorView of(ReactionWithActor s) {
        return of(s.actorUri(), s.name(), s.username(), s.host(), s.iconUrl(), s.profileUrl());
    }

    /** From the remote actor cache's fields, each possibly null. */
    public static ReactorView of(
            String actorUri, String name, String username, String host, String iconUrl, String profileUrl) {
        String handle = username != null && host != null ? "@" + username + "@" + host : actorUri;
        String shownName = name != null && !name.isBlank() ? name : (username != null ? username : handle);
        return new ReactorView(
                shownName,
                handle,
                http(iconUrl),
                profileUrl != null && http(profileUrl) != null ? profileUrl : actorUri);
    }

    private static String http(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
