package dev.kakehashi.mastodon.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.Role;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.PostRendering;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Entities as the store would hand them over, and the JSON a client would read. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.891234Z");
    static final Links LINKS = new Links(URI.create("https://blog.example"));
    static final PostRendering RENDERING = new PostRendering(LINKS);
    static final Account ANN = new Account(7, "ann", "ann@blog.example", "Ann", Role.ADMIN, "x", T0);
    static final AccountEntity ACCOUNT =
            new AccountToEntity(LINKS).local(ANN, new LocalAccountStats.Stats(3, 2, 1, T0));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    static Media image(long id, String alt) {
        return new Media(id, 7, "img" + id + ".webp", "image/webp", 800, 600, 1000, alt, T0);
    }

    static Post note(String html, Set<String> tags, List<Media> attachments) {
        Post p = new Post(42, ANN, PostKind.NOTE, T0);
        p.write(new PostContent(null, null, "md", null, null, tags, attachments), html, T0);
        p.mention(List.of(
                new PostMention(
                        "bob@social.example", "https://social.example/users/bob", "https://social.example/@bob"),
                new PostMention("eve@far.example", "https://far.example/eve", "https://far.example/@eve")));
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

    static JsonNode json(Object entity) {
        return JSON.valueToTree(entity);
    }
}
