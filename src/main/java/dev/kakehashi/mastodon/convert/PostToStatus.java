package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.Post;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.PostRendering;
import dev.kakehashi.service.PostToStatusRecord;
import java.util.function.Supplier;

/**
 * A blog post as a Mastodon {@code Status}: its shared record ({@link PostToStatusRecord}), with the
 * counts and the reply's id loaded for the page, written by {@link StatusToEntity}.
 */
public final class PostToStatus {
    private final PostToStatusRecord records;

    public PostToStatus(Links links, PostRendering rendering, Supplier<String> language) {
        this.records = new PostToStatusRecord(links, rendering, language);
    }

    /** @param account the author's {@code Account} entity */
    public StatusEntity convert(Post p, AccountEntity account, StatusFacts facts) {
        return StatusToEntity.convert(records.map(p, facts.counts(), facts.replyToId()), account, facts);
    }
}
