package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.json.MastodonTime;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * A post received from someone the blog follows, as a {@code Status}. A Note's summary is its
 * content warning; an Article or Page shows its name in bold above its content.
 */
public final class RemotePostToStatus {
    static final Set<String> TITLED = Set.of("Article", "Page");

    /** @param account the remote author's {@code Account} entity */
    public StatusEntity convert(RemotePost post, AccountEntity account, StatusFacts facts) {
        RemotePostContent c = post.content();
        boolean titled = TITLED.contains(c.type());
        String html = c.contentHtml() == null ? "" : c.contentHtml();
        if (titled && c.name() != null && !c.name().isBlank()) {
            html = "<p><strong>" + Entities.escape(c.name()) + "</strong></p>" + html;
        }
        String warning = !titled && c.summary() != null ? c.summary() : "";
        return new StatusEntity(
                Long.toString(post.id()),
                c.uri(),
                c.url() != null ? c.url() : c.uri(),
                MastodonTime.datetime(c.published() != null ? c.published() : post.receivedAt()),
                account,
                html,
                post.visibility().wireName(),
                !warning.isBlank(),
                warning,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                facts.reblogs(),
                facts.favourites(),
                facts.replies(),
                0,
                facts.inReplyToId(),
                facts.inReplyToAccountId(),
                null,
                null,
                null,
                null,
                MastodonTime.datetime(c.updated()),
                facts.favourited(),
                facts.reblogged(),
                facts.muted(),
                facts.bookmarked(),
                false,
                List.of(),
                null,
                null);
    }
}
