package dev.kakehashi.federation.actor;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.PostObjectQueries;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Which servers may fetch a post's object (INTEROP A7): anyone a public or unlisted one; a
 * followers-only one only a server where someone follows its actor; a direct one only the servers
 * of the actors it mentions. The server is the signer's host: Mastodon signs fetches with its
 * instance actor, not with the follower's own key.
 */
final class ObjectAudience {
    private final PostObjectQueries posts;

    ObjectAudience(PostObjectQueries posts) {
        this.posts = posts;
    }

    /** Runs inside the caller's unit of work. @param signer the verified signer's actor id, or null */
    boolean mayFetch(Post p, ActorRef by, String signer) {
        if (p.visibility().readableByAnyone()) {
            return true;
        }
        String host = host(signer);
        if (host == null) {
            return false;
        }
        return switch (p.visibility()) {
            case PRIVATE -> posts.hasFollowerOnHost(by.asKey(), host);
            case DIRECT -> p.mentions().stream()
                    .map(PostMention::actorUri)
                    .filter(Objects::nonNull)
                    .anyMatch(uri -> host.equals(host(uri)));
            default -> false;
        };
    }

    private static String host(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            String authority = URI.create(uri).getRawAuthority();
            return authority == null ? null : authority.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
