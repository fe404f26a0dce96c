package dev.kakehashi.federation.convert;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Endpoints;
import dev.kakehashi.federation.vocab.PropertyValue;
import dev.kakehashi.federation.vocab.PublicKey;
import org.jsoup.nodes.Entities;

/** What every local actor document shares: key, endpoints, the blog link field. */
final class ActorParts {
    private final ActorIds ids;

    ActorParts(ActorIds ids) {
        this.ids = ids;
    }

    PublicKey key(ActorRef ref, String pem) {
        return new PublicKey(ids.keyId(ref), ids.actor(ref), pem);
    }

    Endpoints endpoints() {
        return new Endpoints(ids.sharedInbox());
    }

    /** A profile field linking the blog; rel="me" lets Mastodon verify it once the page links back. */
    PropertyValue blogField(String label) {
        String home = ids.links().home();
        String text = ids.links().authority();
        return PropertyValue.of(
                label,
                "<a href=\"" + Entities.escape(home) + "\" rel=\"me nofollow noopener\" target=\"_blank\">"
                        + Entities.escape(text) + "</a>");
    }

    String handle(String username) {
        return username + "@" + ids.links().authority();
    }

    static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return "<p>" + Entities.escape(text.strip()).replace("\n", "<br>") + "</p>";
    }
}
