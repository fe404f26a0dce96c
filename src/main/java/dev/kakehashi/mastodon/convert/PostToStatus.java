package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.CardEntity;
import dev.kakehashi.mastodon.entity.MentionEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.entity.StatusEntityBuilder;
import dev.kakehashi.mastodon.entity.TagEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PostRendering;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;

/**
 * A blog post as a Mastodon {@code Status}. A short post is its HTML; an article is its title in
 * bold, its excerpt and a link, with a {@code card} for the permalink (INTEROP B12.2).
 */
public final class PostToStatus {
    private final Links links;
    private final PostRendering rendering;
    private final MediaToAttachment media;
    private final Supplier<String> language;

    public PostToStatus(Links links, PostRendering rendering, Supplier<String> language) {
        this.links = links;
        this.rendering = rendering;
        this.media = new MediaToAttachment(links);
        this.language = language;
    }

    /** @param account the author's {@code Account} entity */
    public StatusEntity convert(Post p, AccountEntity account, StatusFacts facts) {
        String url = permalink(p);
        return new StatusEntityBuilder(
                        Long.toString(p.id()),
                        links.post(p.id()),
                        url,
                        MastodonTime.datetime(p.publishedAt() != null ? p.publishedAt() : p.createdAt()),
                        account)
                .content(p.isArticle() ? articleContent(p, url) : rendering.absoluteHtml(p), StatusVisibility.of(p))
                .attachments(
                        p.attachments().stream().map(media::convert).toList(),
                        mentions(p, facts),
                        p.tags().stream()
                                .map(t -> new TagEntity(t, links.tag(t)))
                                .toList())
                .counts(facts.reblogs(), facts.favourites(), facts.replies())
                .inReplyTo(facts.inReplyToId(), facts.inReplyToAccountId())
                .warning(p.sensitive(), p.contentWarning())
                .card(p.isArticle() ? card(p, url) : null, p.language() != null ? p.language() : language.get())
                .editedAt(MastodonTime.datetime(p.editedAt()))
                .viewer(facts.favourited(), facts.reblogged(), facts.muted(), facts.bookmarked(), facts.pinned())
                .build();
    }

    private String permalink(Post p) {
        return p.isArticle() && p.slug() != null ? links.article(p.slug()) : links.post(p.id());
    }

    private String excerpt(Post p) {
        String excerpt = p.excerpt();
        return excerpt == null || excerpt.isBlank() ? rendering.summary(p) : excerpt;
    }

    private String articleContent(Post p, String url) {
        String title = p.title() == null ? "" : "<p><strong>" + Entities.escape(p.title()) + "</strong></p>";
        String excerpt = excerpt(p);
        String body = excerpt == null || excerpt.isBlank() ? "" : "<p>" + Entities.escape(excerpt) + "</p>";
        String link = "<p><a href=\"" + Entities.escape(url) + "\">" + Entities.escape(url) + "</a></p>";
        return title + body + link;
    }

    private CardEntity card(Post p, String url) {
        String excerpt = excerpt(p);
        String image = p.cover() == null ? null : links.media(p.cover().fileName());
        int width = p.cover() == null ? 0 : p.cover().width();
        int height = p.cover() == null ? 0 : p.cover().height();
        return new CardEntity(
                url,
                p.title() == null ? "" : p.title(),
                excerpt == null ? "" : excerpt,
                "link",
                "",
                "",
                links.authority(),
                links.home(),
                "",
                width,
                height,
                image,
                "",
                null);
    }

    /** Only the mentions whose account is known get an entry: a mention needs an account id. */
    private List<MentionEntity> mentions(Post p, StatusFacts facts) {
        List<MentionEntity> out = new ArrayList<>();
        for (PostMention m : p.mentions()) {
            String id = m.actorUri() == null ? null : facts.mentionAccountIds().get(m.actorUri());
            if (id != null) {
                out.add(new MentionEntity(id, m.user(), m.profileUrl(), acct(m)));
            }
        }
        return out;
    }

    /** Mastodon writes a local account's acct without its host. */
    private String acct(PostMention m) {
        return m.acct().equalsIgnoreCase(m.user() + "@" + links.authority()) ? m.user() : m.acct();
    }
}
