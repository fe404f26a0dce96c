package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.RemotePostToStatusRecord;
import java.util.List;

/**
 * A post received from someone the blog follows, as a {@code Status}: its shared record ({@link
 * RemotePostToStatusRecord}) written by {@link StatusToEntity}. A Note's summary is its content
 * warning (and its {@code sensitive} flag hides its media without one); an Article or Page shows its
 * name in bold above its content. Its language is its {@code contentMap}'s.
 */
public final class RemotePostToStatus {
    /** A post without attachments. */
    public StatusEntity convert(RemotePost post, AccountEntity account, StatusFacts facts) {
        return convert(post, account, facts, List.of());
    }

    /**
     * @param account the remote author's {@code Account} entity
     * @param media its attachments, in order
     */
    public StatusEntity convert(RemotePost post, AccountEntity account, StatusFacts facts, List<RemoteMedia> media) {
        return StatusToEntity.convert(
                RemotePostToStatusRecord.map(post, facts.counts(), facts.replyToId(), media), account, facts);
    }
}
