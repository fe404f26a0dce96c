package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.mastodon.entity.StatusEntityBuilder;
import dev.kakehashi.mastodon.json.MastodonTime;
import java.util.List;

/**
 * A comment on the blog (a reply from the fediverse) as a remote {@code Status}: it replies to its
 * parent comment, or to the post when it has none.
 */
public final class CommentToStatus {
    /**
     * @param account the commenter's {@code Account} entity
     * @param postAuthorAccountId the account id of the post's author, answered to when the comment
     *     replies to the post itself
     */
    public StatusEntity convert(Comment c, AccountEntity account, String postAuthorAccountId, StatusFacts facts) {
        CommentContent content = c.content();
        String warning = content.summary() == null ? "" : content.summary();
        boolean toPost = c.parentId() == null;
        return new StatusEntityBuilder(
                        Long.toString(c.id()),
                        c.uri(),
                        c.url() != null ? c.url() : c.uri(),
                        MastodonTime.datetime(c.published() != null ? c.published() : c.receivedAt()),
                        account)
                .content(content.contentHtml() == null ? "" : content.contentHtml(), "public")
                .warning(content.sensitive(), warning)
                .attachments(RemoteAttachments.of(c.id(), content.attachmentsJson()), List.of(), List.of())
                .counts(facts.reblogs(), facts.favourites(), facts.replies())
                .inReplyTo(
                        Long.toString(toPost ? c.postId() : c.parentId()),
                        toPost ? postAuthorAccountId : facts.inReplyToAccountId())
                .editedAt(MastodonTime.datetime(content.updated()))
                .viewer(facts.favourited(), facts.reblogged(), false, facts.bookmarked(), false)
                .build();
    }
}
