package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.CommentToStatusRecord;

/**
 * A comment on the blog (a reply from the fediverse) as a remote {@code Status}: its shared record
 * ({@link CommentToStatusRecord}) written by {@link StatusToEntity}. It replies to its parent
 * comment, or to the post when it has none.
 */
public final class CommentToStatus {
    /**
     * @param account the commenter's {@code Account} entity
     * @param postAuthorAccountId the account id of the post's author, answered to when the comment
     *     replies to the post itself
     */
    public StatusEntity convert(Comment c, AccountEntity account, String postAuthorAccountId, StatusFacts facts) {
        String answered = c.parentId() == null ? postAuthorAccountId : facts.inReplyToAccountId();
        return StatusToEntity.convert(CommentToStatusRecord.map(c), account, facts.answering(answered));
    }
}
