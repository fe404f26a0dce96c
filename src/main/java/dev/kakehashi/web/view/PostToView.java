package dev.kakehashi.web.view;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PostRendering;
import java.util.List;

/** Builds the theme's view of posts and authors from entities, inside the unit of work. */
public final class PostToView {
    private final Links links;
    private final PostRendering rendering;

    public PostToView(Links links, PostRendering rendering) {
        this.links = links;
        this.rendering = rendering;
    }

    public PostView post(Post p) {
        String warning = p.contentWarning();
        String summary = warning != null ? "CW: " + warning : p.excerpt() != null ? p.excerpt() : rendering.summary(p);
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
                p.commentsClosed(),
                rendering.absoluteHtml(p),
                warning);
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
                links.authorAtom(a.username()),
                a.movedTo());
    }

    public MediaView media(Media m) {
        return new MediaView(links.media(m.fileName()), m.altText(), m.width(), m.height(), m.contentType());
    }

    public List<PostView> posts(List<Post> posts) {
        return posts.stream().map(this::post).toList();
    }
}
