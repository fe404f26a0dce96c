package dev.kakehashi.web.view;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.util.List;

/** Builds the theme's view of posts and authors from entities, inside the unit of work. */
public final class PostToView {
    private static final int SUMMARY_CHARS = 280;

    private final Links links;

    public PostToView(Links links) {
        this.links = links;
    }

    public PostView post(Post p) {
        String summary = p.excerpt() != null ? p.excerpt() : HtmlSanitizer.summary(p.bodyHtml(), SUMMARY_CHARS);
        return new PostView(
                Long.toString(p.id()),
                p.isArticle(),
                p.title(),
                p.isArticle() ? links.article(p.slug()) : links.post(p.id()),
                links.post(p.id()),
                p.bodyHtml(),
                summary,
                p.publishedAt(),
                p.editedAt(),
                author(p.author()),
                p.tags().stream()
                        .sorted()
                        .map(t -> new TagView(t, links.tag(t)))
                        .toList(),
                p.cover() == null ? null : media(p.cover()),
                p.attachments().stream().map(this::media).toList(),
                p.commentsClosed());
    }

    public AuthorView author(Account a) {
        return new AuthorView(
                a.username(),
                a.displayName(),
                a.bio().isEmpty()
                        ? ""
                        : "<p>" + org.jsoup.nodes.Entities.escape(a.bio()).replace("\n", "<br>") + "</p>",
                links.author(a.username()),
                a.avatar() == null ? null : links.media(a.avatar().fileName()),
                links.authorRss(a.username()),
                links.authorAtom(a.username()));
    }

    public MediaView media(Media m) {
        return new MediaView(links.media(m.fileName()), m.altText(), m.width(), m.height(), m.contentType());
    }

    public List<PostView> posts(List<Post> posts) {
        return posts.stream().map(this::post).toList();
    }
}
