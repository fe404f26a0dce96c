package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Post;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.content.Tags;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.SitePageRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.WpImportRepository;
import dev.kakehashi.store.WpUploadRepository;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Where an address of the old WordPress blog lives now; empty when nothing imported matches. */
public final class WpOldUrls {
    private final Transactions tx;
    private final WpImportRepository map;
    private final PostRepository posts;
    private final SitePageRepository sitePages;
    private final AccountRepository accounts;
    private final Links links;
    private final WpUploadRepository uploads;

    public WpOldUrls(
            Transactions tx,
            WpImportRepository map,
            WpUploadRepository uploads,
            PostRepository posts,
            SitePageRepository sitePages,
            AccountRepository accounts,
            Links links) {
        this.tx = tx;
        this.sitePages = sitePages;
        this.uploads = uploads;
        this.map = map;
        this.posts = posts;
        this.accounts = accounts;
        this.links = links;
    }

    /** {@code /?p=ID}, {@code /?page_id=ID}, {@code /archives/ID}: a WordPress post or page id. */
    public Optional<String> post(long wpId) {
        return tx.call(() -> map.localId(WpPostImporter.POST, wpId)
                .flatMap(this::live)
                .or(() -> map.localId(WpPageImporter.SITE_PAGE, wpId).flatMap(this::sitePage)));
    }

    /** {@code /2019/05/12/slug/}: a WordPress post name. */
    public Optional<String> postBySlug(String wpSlug) {
        return tx.call(() -> map.localIdBySlug(WpPostImporter.POST, wpSlug).flatMap(this::live));
    }

    /**
     * {@code /about/}, {@code /about/team/}: a WordPress page's address, the path between the slashes;
     * or an attachment page's ({@code /2019/05/12/first-light/fog/}): its image.
     */
    public Optional<String> page(String path) {
        return tx.call(() -> map.localIdBySlug(WpPageImporter.SITE_PAGE, path)
                .flatMap(this::sitePage)
                .or(() -> map.localIdBySlug(WpPostImporter.PAGE, path).flatMap(this::live))
                .or(() -> map.urlBySlug(WpMedia.ATTACHMENT, path).flatMap(this::image)));
    }

    /** {@code /?attachment_id=ID}: the attachment's image. */
    public Optional<String> attachment(long wpId) {
        return tx.call(() -> map.url(WpMedia.ATTACHMENT, wpId).flatMap(this::image));
    }

    /** {@code /wp-content/uploads/2019/05/fog-300x200.jpg}: the image that file became. */
    public Optional<String> upload(String path) {
        return WpMedia.uploadPath(path)
                .flatMap(key -> tx.call(() -> uploads.fileName(key)))
                .map(links::media);
    }

    /** A kept attachment address that is one of our images, as an absolute URL. */
    private Optional<String> image(String url) {
        return url.startsWith("/media/")
                ? Optional.of(links.media(url.substring("/media/".length())))
                : Optional.empty();
    }

    /** {@code /?p=ID} asked for as ActivityPub: the id of the object the post is now. */
    public Optional<String> postObject(long wpId) {
        return tx.call(() -> map.localId(WpPostImporter.POST, wpId)
                .flatMap(posts::byId)
                .filter(Post::isPublished)
                .map(p -> links.post(p.id())));
    }

    /** {@code /?author=ID}: the account the WordPress user's posts went to. */
    public Optional<Long> authorAccount(long wpAuthorId) {
        return tx.call(() -> map.localId(WpAuthors.AUTHOR, wpAuthorId));
    }

    /** {@code /?author=ID} asked for as a web page: that author's page. */
    public Optional<String> authorPage(long wpAuthorId) {
        return tx.call(() -> map.localId(WpAuthors.AUTHOR, wpAuthorId)
                .flatMap(accounts::byId)
                .map(a -> links.author(a.username())));
    }

    /** {@code /category/x/}, {@code /tag/x/}: the tag the term became. */
    public Optional<String> tag(String term) {
        String t = Tags.normalize(decode(term).replaceAll("[^\\p{L}\\p{N}\\p{M}_ ]+", " "));
        return Tags.VALID.matcher(t).matches() ? Optional.of(links.tag(t)) : Optional.empty();
    }

    /** {@code /author/x/}: the author with that username. */
    public Optional<String> author(String login) {
        String username = WpAuthors.username(decode(login));
        return tx.call(() -> accounts.byUsername(username).map(a -> links.author(a.username())));
    }

    public String feed() {
        return links.rss();
    }

    private Optional<String> live(long postId) {
        return posts.byId(postId)
                .filter(Post::isPublished)
                .map(p -> p.isArticle() ? links.article(p.slug()) : links.post(p.id()));
    }

    /** A page of the blog, while it exists. */
    private Optional<String> sitePage(long pageId) {
        return sitePages.byId(pageId).map(p -> links.page(p.slug()));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
