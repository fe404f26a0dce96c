package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.SitemapRepository;
import dev.kakehashi.store.Transactions;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the public blog reads. Each method maps entities with the caller's function inside the unit
 * of work, so views are built before the session closes and templates never touch an entity.
 */
public final class BlogQueries {
    public static final int MAX_PAGE = 10_000;

    private final Transactions tx;
    private final PostRepository posts;
    private final SitemapRepository sitemap;
    private final AccountRepository accounts;

    public BlogQueries(Transactions tx, PostRepository posts, SitemapRepository sitemap, AccountRepository accounts) {
        this.tx = tx;
        this.posts = posts;
        this.sitemap = sitemap;
        this.accounts = accounts;
    }

    public <T> Page<T> published(int page, int size, Function<Post, T> view) {
        int p = checkPage(page);
        return tx.call(() -> new Page<>(
                posts.published((p - 1) * size, size).stream().map(view).toList(), p, size, posts.countPublished()));
    }

    public <T> Page<T> publishedBy(Account author, int page, int size, Function<Post, T> view) {
        int p = checkPage(page);
        return tx.call(() -> new Page<>(
                posts.publishedBy(author.id(), (p - 1) * size, size).stream()
                        .map(view)
                        .toList(),
                p,
                size,
                posts.countPublishedBy(author.id())));
    }

    public <T> Page<T> publishedWithTag(String tag, int page, int size, Function<Post, T> view) {
        int p = checkPage(page);
        return tx.call(() -> new Page<>(
                posts.publishedWithTag(tag, (p - 1) * size, size).stream()
                        .map(view)
                        .toList(),
                p,
                size,
                posts.countPublishedWithTag(tag)));
    }

    /** A published post by id; 410 for a tombstone, 404 for a draft or an unknown id. */
    public <T> T publishedPost(long id, Function<Post, T> view) {
        return publishedPost(id, null, view);
    }

    /**
     * A published post by id as {@code viewerId} may see it: followers-only and direct posts are
     * 404 to anyone but their author (null: an anonymous reader).
     */
    public <T> T publishedPost(long id, Long viewerId, Function<Post, T> view) {
        return tx.call(() -> view.apply(visible(posts.byId(id).orElse(null), viewerId)));
    }

    /** A published article by slug; 410 for a tombstone, 404 otherwise. */
    public <T> T publishedArticle(String slug, Function<Post, T> view) {
        return publishedArticle(slug, null, view);
    }

    /** A published article by slug as {@code viewerId} may see it (see {@link #publishedPost}). */
    public <T> T publishedArticle(String slug, Long viewerId, Function<Post, T> view) {
        return tx.call(() ->
                view.apply(visible(posts.bySlug(slug).filter(Post::isArticle).orElse(null), viewerId)));
    }

    /** Published posts of the author with this username, newest first; 404 for an unknown author. */
    public <T> Page<T> publishedBy(String username, int page, int size, Function<Post, T> view) {
        int p = checkPage(page);
        return tx.call(() -> {
            Account author = accounts.byUsername(username).orElseThrow(() -> ServiceException.notFound("Author"));
            return new Page<>(
                    posts.publishedBy(author.id(), (p - 1) * size, size).stream()
                            .map(view)
                            .toList(),
                    p,
                    size,
                    posts.countPublishedBy(author.id()));
        });
    }

    /** The author with this username, mapped inside the unit of work; 404 when there is none. */
    public <T> T author(String username, Function<Account, T> view) {
        return tx.call(
                () -> view.apply(accounts.byUsername(username).orElseThrow(() -> ServiceException.notFound("Author"))));
    }

    /** A published post's permanent address data, for sitemaps. */
    public record PostLink(long id, boolean article, String slug, Instant lastModified) {}

    /** Something listed by name (an author, a tag) with when it last got a post, for sitemaps. */
    public record NamedLink(String name, Instant lastModified) {}

    /** The newest {@code limit} published posts as links, newest first. */
    public List<PostLink> publishedLinks(int limit) {
        return tx.call(() -> sitemap.publishedLinks(limit).stream()
                .map(r -> new PostLink(
                        r.id(),
                        r.kind() == PostKind.ARTICLE,
                        r.slug(),
                        r.editedAt() != null ? r.editedAt() : r.publishedAt()))
                .toList());
    }

    /** Authors with at least one published post, by username. */
    public List<NamedLink> authorsWithPosts() {
        return tx.call(() -> sitemap.authorsLastPublished().stream()
                .map(r -> new NamedLink(r.name(), r.at()))
                .toList());
    }

    /** Tags on published posts, by name. */
    public List<NamedLink> tagsWithPosts(int limit) {
        return tx.call(() -> sitemap.tagsLastPublished(limit).stream()
                .map(r -> new NamedLink(r.name(), r.at()))
                .toList());
    }

    public Account author(String username) {
        return tx.call(() -> accounts.byUsername(username).orElseThrow(() -> ServiceException.notFound("Author")));
    }

    public <T> List<T> authors(Function<Account, T> view) {
        return tx.call(() -> accounts.all().stream().map(view).toList());
    }

    /** Months with published posts, newest first, with how many posts each has (UTC months). */
    public Map<YearMonth, Integer> archiveMonths() {
        Map<YearMonth, Integer> months = new LinkedHashMap<>();
        for (Instant t : tx.call(posts::publishedTimes)) {
            months.merge(YearMonth.from(t.atZone(ZoneOffset.UTC)), 1, Integer::sum);
        }
        return months;
    }

    public <T> List<T> publishedIn(YearMonth month, Function<Post, T> view) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return tx.call(() -> posts.publishedBetween(from, to).stream().map(view).toList());
    }

    /** Tags in use with their post counts, most used first. */
    public Map<String, Long> tagCounts(int limit) {
        return tx.call(() -> posts.tagCounts(limit));
    }

    private static Post visible(Post post, Long viewerId) {
        if (post == null) {
            throw ServiceException.notFound("Post");
        }
        if (post.isDeleted()) {
            throw ServiceException.gone("Post");
        }
        if (!post.isPublished()) {
            throw ServiceException.notFound("Post");
        }
        if (!post.visibility().readableByAnyone()
                && (viewerId == null || viewerId != post.author().id())) {
            throw ServiceException.notFound("Post");
        }
        return post;
    }

    private static int checkPage(int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw ServiceException.notFound("Page");
        }
        return page;
    }
}
