package dev.kakehashi.store;

import dev.kakehashi.domain.PostKind;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;

/** What the sitemap lists of the published public posts: their addresses, authors and tags. */
public final class SitemapRepository {
    private final Transactions tx;

    public SitemapRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A published post's address data: the sitemap's rows. */
    public record PublishedLink(long id, PostKind kind, String slug, Instant publishedAt, Instant editedAt) {}

    /** A name (author, tag) and when it last got a published post. */
    public record LastPublished(String name, Instant at) {}

    /** Published posts, newest first: the sitemap's rows. */
    public List<PublishedLink> publishedLinks(int limit) {
        return Rows.map(
                tx.session()
                        .createSelectionQuery(
                                "select p.id as id, p.kind as kind, p.slug as slug, p.publishedAt as published,"
                                        + " p.editedAt as edited from Post p where " + PostRepository.PUBLISHED
                                        + PostRepository.NEWEST_FIRST,
                                Tuple.class)
                        .setMaxResults(limit)
                        .getResultList(),
                r -> new PublishedLink(
                        r.lng("id"),
                        r.get("kind", PostKind.class),
                        r.str("slug"),
                        r.instant("published"),
                        r.instant("edited")));
    }

    /** Every author with a published post, and their newest one. */
    public List<LastPublished> authorsLastPublished() {
        return Rows.map(
                tx.session()
                        .createSelectionQuery(
                                "select p.author.username as name, max(p.publishedAt) as at from Post p where "
                                        + PostRepository.PUBLISHED
                                        + " group by p.author.username order by p.author.username",
                                Tuple.class)
                        .getResultList(),
                r -> new LastPublished(r.str("name"), r.instant("at")));
    }

    /** Every tag on a published post, and its newest post. */
    public List<LastPublished> tagsLastPublished(int limit) {
        return Rows.map(
                tx.session()
                        .createSelectionQuery(
                                "select t as name, max(p.publishedAt) as at from Post p join p.tags t where "
                                        + PostRepository.PUBLISHED + " group by t order by t",
                                Tuple.class)
                        .setMaxResults(limit)
                        .getResultList(),
                r -> new LastPublished(r.str("name"), r.instant("at")));
    }
}
