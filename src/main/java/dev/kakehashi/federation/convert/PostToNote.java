package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.PostObject;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * A post as a {@code Note}: a short post as it is, or an article with its title in bold at the top
 * and its permalink at the end; a quote post ends with Mastodon's "RE: link" fallback. Its
 * {@code summary} is the post's content warning, plain text as Mastodon sends it, with
 * {@code sensitive: true}; never an excerpt, which Mastodon would show as a content warning
 * (INTEROP A6.3, A8.6).
 */
public final class PostToNote {
    private final PostParts parts;

    public PostToNote(ActorIds ids) {
        this.parts = new PostParts(ids);
    }

    /** @param language the blog's, for a post that has none of its own */
    public PostObject convert(Post p, ActorRef by, String language) {
        String body = FediverseHtml.clean(p.bodyHtml(), parts.base());
        String content = body;
        if (p.isArticle()) {
            String url = parts.url(p);
            String title = p.title() == null ? "" : "<p><strong>" + Entities.escape(p.title()) + "</strong></p>";
            content = title + body + "<p><a href=\"" + Entities.escape(url) + "\">" + Entities.escape(url) + "</a></p>";
        }
        if (p.quoteUri() != null) {
            // The fallback for servers that do not show quotes, as Mastodon writes it (INTEROP A12.1).
            String quoted = Entities.escape(p.quoteUri());
            content += "<p class=\"quote-inline\">RE: <a href=\"" + quoted + "\">" + quoted + "</a></p>";
        }
        return new PostObject(
                Contexts.object(),
                parts.ids().post(p.id()),
                "Note",
                parts.ids().actor(by),
                null,
                p.contentWarning(),
                content,
                Map.of(p.language() != null ? p.language() : language, content),
                parts.url(p),
                null,
                ApJson.date(p.publishedAt()),
                ApJson.date(p.editedAt()),
                parts.addressing(by, p).to(),
                parts.addressing(by, p).cc(),
                p.sensitive() || p.contentWarning() != null,
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
