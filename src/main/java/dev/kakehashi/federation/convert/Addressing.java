package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.vocab.Contexts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A post's {@code to} and {@code cc} by its visibility, as Mastodon addresses them (INTEROP A7.1):
 * <pre>
 * public    to [Public]      cc [followers, mentioned...]
 * unlisted  to [followers]   cc [Public, mentioned...]
 * private   to [followers]   cc [mentioned...]
 * direct    to [mentioned...] cc []
 * </pre>
 * Create, Update and Delete of a post all carry it, so an edit or a deletion reaches exactly those
 * the post reached; delivery reads the addressing to choose the inboxes.
 */
public record Addressing(List<String> to, List<String> cc) {
    public static Addressing of(Visibility visibility, String followers, List<String> mentioned) {
        return switch (visibility) {
            case PUBLIC -> new Addressing(List.of(Contexts.PUBLIC), join(List.of(followers), mentioned));
            case UNLISTED -> new Addressing(List.of(followers), join(List.of(Contexts.PUBLIC), mentioned));
            case PRIVATE -> new Addressing(List.of(followers), join(List.of(), mentioned));
            case DIRECT -> new Addressing(join(List.of(), mentioned), List.of());
        };
    }

    /** The post's addressing as sent by the actor whose followers collection is {@code followers}. */
    public static Addressing of(Post p, String followers) {
        return of(p.visibility(), followers, PostParts.mentionedActors(p));
    }

    private static List<String> join(List<String> first, List<String> then) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(then);
        return List.copyOf(new ArrayList<>(all));
    }
}
