package dev.kakehashi.service;

import dev.kakehashi.domain.Post;
import dev.kakehashi.service.content.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What is derived from a post's stored (already sanitized) HTML, once on write rather than on every
 * page view or feed: the plain-text summary and the HTML with absolute links. Each post carries the
 * stamp it was rendered with; a post with another stamp (older renderer, other base URL) is rendered
 * on the fly when read, until the maintenance job stores a fresh rendering.
 */
public final class PostRendering {
    /** Raise whenever what is derived here changes. */
    static final int VERSION = 2;

    public static final int SUMMARY_CHARS = 280;

    private final Links links;
    private final String stamp;

    public PostRendering(Links links) {
        this.links = links;
        this.stamp = "r" + VERSION + "s" + HtmlSanitizer.VERSION + "-"
                + Integer.toHexString(links.base().hashCode());
    }

    /** The stamp renderings made now carry. */
    public String stamp() {
        return stamp;
    }

    /** Renders the derived fields of {@code p} from its body and stores them on the entity. */
    public void render(Post p) {
        p.rendered(HtmlSanitizer.summary(p.bodyHtml(), SUMMARY_CHARS), absolute(p), stamp);
    }

    /** {@code markdown} with the site's absolute media URLs as paths, as a body is stored. */
    public String relativeMedia(String markdown) {
        return links.relativeMedia(markdown);
    }

    /** The plain-text start of the body: stored, or made now when the stored one is stale. */
    public String summary(Post p) {
        return fresh(p) ? p.bodySummary() : HtmlSanitizer.summary(p.bodyHtml(), SUMMARY_CHARS);
    }

    /** The body with absolute links and images: stored, or made now when the stored one is stale. */
    public String absoluteHtml(Post p) {
        return fresh(p) ? p.bodyHtmlAbsolute() : absolute(p);
    }

    private boolean fresh(Post p) {
        return stamp.equals(p.renderStamp());
    }

    /** Relative links resolve against the page the post is read on, as a browser would. */
    private String absolute(Post p) {
        if (p.bodyHtml().isEmpty()) {
            return "";
        }
        String pageUrl = p.isArticle() && p.slug() != null ? links.article(p.slug()) : links.post(p.id());
        Document doc = Jsoup.parseBodyFragment(p.bodyHtml(), pageUrl);
        doc.select("a[href]").forEach(a -> a.attr("href", a.absUrl("href")));
        doc.select("img[src], audio[src], video[src]").forEach(e -> e.attr("src", e.absUrl("src")));
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
