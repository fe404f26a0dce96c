package dev.kakehashi.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Mints every public URL from the configured base URL. Ids come from immutable database ids, never
 * from slugs or titles; pretty URLs (article slugs) are only for people.
 */
public final class Links {
    private final String base;
    private final URI baseUri;

    public Links(URI baseUrl) {
        this.base = baseUrl.toString();
        this.baseUri = URI.create(base);
    }

    public String base() {
        return base;
    }

    /**
     * The one answer to "is this URL ours, and what is it?": same scheme, host (any case) and port
     * (the scheme's default written or not) as the base URL, a path at or below the base's, and no
     * {@code .} or {@code ..} segment. Empty for anything else, including a URL that is not one.
     */
    public Optional<LocalUrl> local(String url) {
        if (url == null) {
            return Optional.empty();
        }
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (u.isOpaque()
                || u.getRawUserInfo() != null
                || u.getHost() == null
                || !baseUri.getScheme().equalsIgnoreCase(u.getScheme())
                || !baseUri.getHost().equalsIgnoreCase(u.getHost())
                || port(baseUri) != port(u)) {
            return Optional.empty();
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        String basePath = stripSlash(baseUri.getRawPath() == null ? "" : baseUri.getRawPath());
        if (!path.equals(basePath) && !path.startsWith(basePath + "/")) {
            return Optional.empty();
        }
        return Optional.of(new LocalUrl(stripSlash(path.substring(basePath.length())), u.getRawQuery()));
    }

    /** Whether {@code url} is on this site (see {@link #local}). */
    public boolean isOurs(String url) {
        return local(url).isPresent();
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The host, plus the port when it is not the default: the domain of {@code acct:} handles. */
    public String authority() {
        return URI.create(base).getRawAuthority();
    }

    public String home() {
        return base + "/";
    }

    /** Our address for {@code path}, which starts with a slash (a page, an endpoint, an asset). */
    public String at(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not an absolute path: " + path);
        }
        return base + path;
    }

    /** The image shown for an account without an avatar. */
    public String missingAvatar() {
        return at("/assets/avatar-missing.png");
    }

    /** The image shown for an account without a header. */
    public String missingHeader() {
        return at("/assets/header-missing.png");
    }

    /** The permanent id of a post, also its page for short posts. */
    public String post(long postId) {
        return base + LocalUrl.POSTS + postId;
    }

    /** The id of an author's like of a post of the blog's own (kept here, never sent). */
    public String localLike(long postId, long accountId) {
        return post(postId) + "#likes/" + accountId;
    }

    /** The id of an author's favourite of a comment that has no server to send it to, kept here alone. */
    public String localCommentLike(long postId, long commentId, long accountId) {
        return post(postId) + "#comments/" + commentId + "/likes/" + accountId;
    }

    /** The address of a comment: its place on the page of the post at {@code postUrl}. */
    public String commentOn(String postUrl, long commentId) {
        return postUrl + "#comment-" + commentId;
    }

    /** What every post's address starts with: {@link #post} is this and the id (a prefix for SQL {@code LIKE}). */
    public String postsPrefix() {
        return base + LocalUrl.POSTS;
    }

    public String article(String slug) {
        return base + LocalUrl.ARTICLES + slug;
    }

    /** A page of the blog ({@code /about}): top-level, its slug never one of {@code PageSlugs.RESERVED}. */
    public String page(String slug) {
        return base + "/" + slug;
    }

    /** An author's ActivityPub actor id (the one ActorIds mints), the {@code uri} of a Mastodon account. */
    public String authorActor(long accountId) {
        return base + LocalUrl.ACTORS_PATH + accountId;
    }

    /** The blog actor's id, as {@code ActorIds} mints it. */
    public String blogActor() {
        return base + LocalUrl.ACTORS_PATH + "blog";
    }

    public String author(String username) {
        return base + authorPath(username);
    }

    /** The path of an author's profile page ({@code /@alice}): what their pages and feeds' paths start with. */
    public static String authorPath(String username) {
        return "/@" + username;
    }

    public String tag(String tag) {
        return base + "/tags/" + encode(tag);
    }

    public String archive(int year, int month) {
        return base + String.format("/archive/%04d/%02d", year, month);
    }

    public String media(String fileName) {
        return base + mediaPath(fileName);
    }

    /**
     * An uploaded file's path on this site, as a post's body stores it: resolved against the base URL
     * when the post is read or sent, so the body survives a change of base URL.
     */
    public static String mediaPath(String fileName) {
        return LocalUrl.MEDIA + fileName;
    }

    /** {@code text} with this site's absolute media URLs turned into {@link #mediaPath paths}. */
    public String relativeMedia(String text) {
        return text == null ? null : text.replace(base + "/media/", "/media/");
    }

    public String rss() {
        return base + rssPath();
    }

    public String atom() {
        return base + atomPath();
    }

    public String authorRss(String username) {
        return base + authorRssPath(username);
    }

    public String authorAtom(String username) {
        return base + authorAtomPath(username);
    }

    /** The blog's RSS feed's path, as feed readers' subscriber counts are kept by. */
    public static String rssPath() {
        return "/feed.xml";
    }

    public static String atomPath() {
        return "/atom.xml";
    }

    public static String authorRssPath(String username) {
        return authorPath(username) + rssPath();
    }

    public static String authorAtomPath(String username) {
        return authorPath(username) + atomPath();
    }

    /** Where robots find the sitemap. */
    public String sitemap() {
        return base + "/sitemap.xml";
    }

    /** The path of a file of the theme {@code themeId}; an empty {@code file} is the theme's folder. */
    public static String themeFile(String themeId, String file) {
        return "/theme/" + themeId + "/" + file;
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
