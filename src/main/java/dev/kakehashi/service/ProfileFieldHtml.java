package dev.kakehashi.service;

import org.jsoup.nodes.Entities;

/**
 * A profile field's value as HTML, the same in the actor's {@code attachment} and in the Mastodon
 * account: a lone http(s) address becomes a link (as Mastodon shows it), anything else escaped text.
 */
public final class ProfileFieldHtml {
    private ProfileFieldHtml() {}

    public static String value(String typed) {
        String escaped = Entities.escape(typed);
        if (typed.matches("https?://\\S+")) {
            return "<a href=\"" + escaped + "\" rel=\"me nofollow noopener\" target=\"_blank\">" + escaped + "</a>";
        }
        return escaped;
    }
}
