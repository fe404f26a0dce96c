package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteMention;
import dev.kakehashi.federation.vocab.Lenient;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a received Note or Article mentions: its {@code Mention} tags, each an actor id ({@code href})
 * and the handle the post shows ({@code "name": "@alice@social.example"}, or {@code "@alice"} on the
 * actor's own server, completed with its host). A tag without a URL or a name is skipped, and an
 * actor named twice counts once.
 */
final class RemoteMentions {
    private RemoteMentions() {}

    static List<RemoteMention> of(JsonNode object) {
        Set<String> seen = new LinkedHashSet<>();
        List<RemoteMention> mentions = new ArrayList<>();
        for (JsonNode tag : Lenient.asArray(object.get("tag"))) {
            if (mentions.size() == RemoteHashtags.MAX) {
                break;
            }
            if (!tag.isObject() || !"Mention".equals(tag.path("type").asText())) {
                continue;
            }
            String actor = url(Lenient.href(tag.get("href")));
            String acct = actor == null ? null : acct(Lenient.text(tag.get("name")), actor);
            if (acct != null && seen.add(actor)) {
                mentions.add(new RemoteMention(actor, acct));
            }
        }
        return mentions;
    }

    /** {@code user@host} from a mention's name, or null when it names nobody. */
    private static String acct(String name, String actor) {
        if (name == null) {
            return null;
        }
        String acct = name.strip();
        if (acct.startsWith("@")) {
            acct = acct.substring(1);
        }
        int at = acct.indexOf('@');
        if (at == 0
                || at == acct.length() - 1
                || acct.isEmpty()
                || acct.length() > 500
                || acct.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        if (at < 0) {
            String host = URI.create(actor).getHost();
            return host == null ? null : acct + "@" + host.toLowerCase(Locale.ROOT);
        }
        return acct.substring(0, at) + "@" + acct.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** An http(s) URL that fits a column, else null. */
    static String url(String href) {
        if (href == null || href.length() > 2048 || !(href.startsWith("https://") || href.startsWith("http://"))) {
            return null;
        }
        try {
            return URI.create(href).getHost() == null ? null : href;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
