package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Role;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.service.Links;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Entities as the store would hand them over, without a database. */
final class Posts {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.891Z");
    static final ActorIds IDS = new ActorIds(new Links(URI.create("https://blog.example")));
    static final Account ANN = new Account(7, "ann", "ann@blog.example", "Ann", Role.ADMIN, "x", T0);

    private Posts() {}

    static Media image(long id, String alt) {
        return new Media(id, 7, "img" + id + ".webp", "image/webp", 800, 600, 1000, alt, T0);
    }

    static Post note(String html, Set<String> tags, List<Media> attachments) {
        Post p = new Post(42, ANN, PostKind.NOTE, T0);
        p.write(new PostContent(null, null, "md", null, null, tags, attachments), html, T0);
        p.publish(T0);
        return p;
    }

    /** A short post behind the content warning {@code warning}, its media not marked sensitive. */
    static Post warned(String html, String warning) {
        Post p = new Post(44, ANN, PostKind.NOTE, T0);
        p.write(new PostContent(null, null, "md", null, null, Set.of(), List.of(), warning), html, T0);
        p.publish(T0);
        return p;
    }

    static Post article(String title, String excerpt, String html, Media cover) {
        Post p = new Post(43, ANN, PostKind.ARTICLE, T0);
        p.write(new PostContent(title, "bridges", "md", excerpt, cover, Set.of("travel"), List.of()), html, T0);
        p.publish(T0);
        return p;
    }
}
