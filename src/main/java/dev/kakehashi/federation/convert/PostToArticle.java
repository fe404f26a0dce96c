package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.PostObject;
import dev.kakehashi.service.content.HtmlSanitizer;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * An article as an FEP-b2b8 {@code Article}: plain-text title in {@code name}, an HTML teaser in
 * {@code summary}, the full HTML in {@code content}, the permalink in {@code url}, the cover in
 * {@code image}. Mastodon shows title, teaser and link; long-form readers show it all.
 */
public final class PostToArticle {
    static final int TEASER_MAX = 500;

    private final PostParts parts;

    public PostToArticle(ActorIds ids) {
        this.parts = new PostParts(ids);
    }

    /** @param language the blog's, for a post that has none of its own */
    public PostObject convert(Post p, ActorRef by, String language) {
        String content = FediverseHtml.clean(p.bodyHtml(), parts.base());
        String teaserText = p.excerpt() != null && !p.excerpt().isBlank()
                ? HtmlSanitizer.summary(Entities.escape(p.excerpt()), TEASER_MAX)
                : HtmlSanitizer.summary(p.bodyHtml(), TEASER_MAX);
        return new PostObject(
                Contexts.object(),
                parts.ids().post(p.id()),
                "Article",
                parts.ids().actor(by),
                p.title(),
                "<p>" + Entities.escape(teaserText) + "</p>",
                content,
                Map.of(p.language() != null ? p.language() : language, content),
                parts.url(p),
                parts.image(p.cover()),
                ApJson.date(p.publishedAt()),
                ApJson.date(p.editedAt()),
                parts.addressing(by, p).to(),
                parts.addressing(by, p).cc(),
                p.sensitive(),
                parts.tags(p),
                parts.attachments(p),
                parts.policy(p, by),
                p.inReplyTo(),
                null,
                p.quoteUri(),
                p.quoteUri(),
                p.quoteUri(),
                p.quoteUri(),
                PostToObject.quoteAuthorization(p));
    }
}
