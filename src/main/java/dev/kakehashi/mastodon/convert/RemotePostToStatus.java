package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.entity.StatusEntityBuilder;
import dev.kakehashi.mastodon.json.MastodonTime;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * A post received from someone the blog follows, as a {@code Status}. A Note's summary is its
 * content warning (and its {@code sensitive} flag hides its media without one); an Article or Page
 * shows its name in bold above its content. Its language is its {@code contentMap}'s.
 */
public final class RemotePostToStatus {
    static final Set<String> TITLED = Set.of("Article", "Page");

    /** A post without attachments. */
    public StatusEntity convert(RemotePost post, AccountEntity account, StatusFacts facts) {
        return convert(post, account, facts, List.of());
    }

    /**
     * @param account the remote author's {@code Account} entity
     * @param media its attachments, in order
     */
    public StatusEntity convert(RemotePost post, AccountEntity account, StatusFacts facts, List<RemoteMedia> media) {
        RemotePostContent c = post.content();
        boolean titled = TITLED.contains(c.type());
        String html = c.contentHtml() == null ? "" : c.contentHtml();
        if (titled && c.name() != null && !c.name().isBlank()) {
            html = "<p><strong>" + Entities.escape(c.name()) + "</strong></p>" + html;
        }
        String warning = !titled && c.summary() != null ? c.summary() : "";
        return new StatusEntityBuilder(
                        Long.toString(post.id()),
                        c.uri(),
                        c.url() != null ? c.url() : c.uri(),
                        MastodonTime.datetime(c.published() != null ? c.published() : post.receivedAt()),
                        account)
                .content(html, post.visibility().wireName())
                .warning(c.sensitive(), warning)
                .attachments(RemoteMediaToAttachment.of(post.id(), media), List.of(), List.of())
                .counts(facts.reblogs(), facts.favourites(), facts.replies())
                .inReplyTo(facts.inReplyToId(), facts.inReplyToAccountId())
                .card(null, c.language())
                .editedAt(MastodonTime.datetime(c.updated()))
                .viewer(facts.favourited(), facts.reblogged(), facts.muted(), facts.bookmarked(), false)
                .build();
    }
}
