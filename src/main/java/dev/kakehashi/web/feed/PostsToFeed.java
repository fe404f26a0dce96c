package dev.kakehashi.web.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.kakehashi.web.view.MediaView;
import dev.kakehashi.web.view.PostView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.output.XMLOutputter;
import org.jsoup.nodes.Entities;

/** Turns published posts into an RSS 2.0 or Atom 1.0 document with Rome. */
public final class PostsToFeed {
    /** The two formats, with the Rome feed type and the content type each is served as. */
    public enum Format {
        RSS("rss_2.0", "application/rss+xml;charset=utf-8"),
        ATOM("atom_1.0", "application/atom+xml;charset=utf-8");

        final String romeType;
        public final String contentType;

        Format(String romeType, String contentType) {
            this.romeType = romeType;
            this.contentType = contentType;
        }
    }

    /**
     * What the feed itself is about.
     *
     * @param pageUrl the HTML page the feed mirrors
     * @param selfUrl the feed's own address
     */
    public record Channel(String title, String description, String language, String pageUrl, String selfUrl) {}

    private PostsToFeed() {}

    public static String write(Format format, Channel channel, List<PostView> posts) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setEncoding("UTF-8");
        feed.setTitle(channel.title());
        feed.setDescription(plain(format, channel.description().isEmpty() ? channel.title() : channel.description()));
        feed.setLanguage(channel.language());
        feed.setLink(channel.pageUrl());
        feed.setUri(channel.selfUrl());
        feed.setGenerator("Kakehashi");
        feed.setLinks(
                List.of(link("alternate", "text/html", channel.pageUrl()), link("self", null, channel.selfUrl())));
        feed.setPublishedDate(date(
                posts.stream().map(PostsToFeed::updated).max(Instant::compareTo).orElse(Instant.EPOCH)));
        List<SyndEntry> entries = new ArrayList<>();
        for (PostView post : posts) {
            entries.add(entry(format, post));
        }
        feed.setEntries(entries);
        try {
            // Raw format, newlines kept as written: Rome's own formats fold whitespace and break <pre>.
            return new XMLOutputter(org.jdom2.output.Format.getRawFormat()
                            .setEncoding("UTF-8")
                            .setLineSeparator(org.jdom2.output.LineSeparator.NONE))
                    .outputString(new SyndFeedOutput().outputJDom(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the feed " + channel.selfUrl(), e);
        }
    }

    private static SyndEntry entry(Format format, PostView post) {
        SyndEntry e = new SyndEntryImpl();
        e.setTitle(post.displayTitle());
        e.setLink(post.url());
        e.setUri(post.permalink());
        e.setPublishedDate(date(post.published()));
        e.setUpdatedDate(date(updated(post)));
        SyndPerson author = new SyndPersonImpl();
        author.setName(post.author().displayName());
        author.setUri(post.author().url());
        e.setAuthors(List.of(author));
        // RSS has no author element without an e-mail; Rome writes this as dc:creator instead.
        e.setAuthor(post.author().displayName());
        List<SyndCategory> categories = new ArrayList<>();
        post.tags().forEach(t -> {
            SyndCategory c = new SyndCategoryImpl();
            c.setName(t.name());
            categories.add(c);
        });
        e.setCategories(categories);
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(plain(format, post.summary()));
        e.setDescription(summary);
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(contentHtml(post));
        e.setContents(List.of(content));
        return e;
    }

    /**
     * Plain text as an RSS description: readers take every RSS description as HTML, so the text is
     * HTML-escaped once more (an author's {@code <img onerror=…>} shows as text, as in Atom, where
     * the element says {@code type="text"}).
     */
    private static String plain(Format format, String text) {
        return format == Format.RSS ? Entities.escape(text) : text;
    }

    /**
     * The stored (already sanitized) HTML with absolute links, cover and images added: nothing parsed.
     * A content warning comes first and folds the rest, for readers that fold {@code <details>}; the
     * others still show the warning before the text.
     */
    static String contentHtml(PostView post) {
        StringBuilder html = new StringBuilder();
        if (post.contentWarning() != null) {
            html.append("<details><summary>CW: ")
                    .append(Entities.escape(post.contentWarning()))
                    .append("</summary>");
        }
        if (post.cover() != null) {
            html.append(img(post.cover()));
        }
        html.append(post.absoluteHtml());
        post.attachments().forEach(m -> html.append(img(m)));
        if (post.contentWarning() != null) {
            html.append("</details>");
        }
        return html.toString();
    }

    private static String img(MediaView m) {
        return "<p><img src=\"" + Entities.escape(m.url()) + "\" alt=\"" + Entities.escape(m.alt()) + "\" width=\""
                + m.width() + "\" height=\"" + m.height() + "\"></p>";
    }

    private static Instant updated(PostView post) {
        return post.edited() != null ? post.edited() : post.published();
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink l = new SyndLinkImpl();
        l.setRel(rel);
        l.setType(type);
        l.setHref(href);
        return l;
    }

    private static Date date(Instant t) {
        return Date.from(t);
    }
}
