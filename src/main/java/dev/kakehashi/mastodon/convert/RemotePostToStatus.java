package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusTag;
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
        return convert(post, account, facts, media, List.of(), List.of());
    }

    /**
     * @param tags its hashtags
     * @param mentions who it mentions (those whose account {@code facts} knows are shown)
     */
    public StatusEntity convert(
            RemotePost post,
            AccountEntity account,
            StatusFacts facts,
            List<RemoteMedia> media,
            List<StatusTag> tags,
            List<StatusMention> mentions) {
        return StatusToEntity.convert(
                RemotePostToStatusRecord.map(post, facts.counts(), facts.replyToId(), media, tags, mentions),
                account,
                facts);
    }
}
