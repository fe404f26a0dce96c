package dev.kakehashi.mastodon;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.QuoteState;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.BoostToStatus;
import dev.kakehashi.mastodon.convert.PollToEntity;
import dev.kakehashi.mastodon.convert.StatusFacts;
import dev.kakehashi.mastodon.convert.StatusToEntity;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.mastodon.entity.QuoteEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.RemoteReactions;
import dev.kakehashi.service.StatusBatch;
import dev.kakehashi.service.StatusSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a loaded page of statuses into {@code Status} entities (inside the unit of work), from the
 * batch alone: no query per status. Each status is the batch's shared {@link Status} record written
 * by {@link StatusToEntity}; what is added here depends on the viewer (their likes, boosts,
 * bookmarks, pins, mutes and poll votes, the API's account ids), or wraps the record (a reblog, a
 * quote, a poll).
 */
public final class StatusPresenter {
    private final BoostToStatus boosts = new BoostToStatus();
    private final AccountToEntity accounts;
    private final LocalAccountStats stats;
    private final Clock clock;

    public StatusPresenter(AccountToEntity accounts, LocalAccountStats stats, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.stats = stats;
    }

    public List<StatusEntity> present(StatusBatch batch) {
        Map<String, String> actorIds = new HashMap<>();
        batch.actors().forEach((uri, a) -> actorIds.put(uri, Long.toString(a.id())));
        // One account per author on the page, not one per status.
        Map<Long, AccountEntity> authors = new HashMap<>();
        return batch.items().stream()
                .map(s -> withQuote(s, present(s, batch, actorIds, authors), batch, actorIds, authors))
                .toList();
    }

    /** The single status of a batch of one. */
    public StatusEntity one(StatusBatch batch) {
        return present(batch).get(0);
    }

    private StatusEntity present(
            StatusSource s, StatusBatch batch, Map<String, String> actorIds, Map<Long, AccountEntity> authors) {
        if (s instanceof StatusSource.Boost b) {
            StatusSource.Remote post = new StatusSource.Remote(b.boost().post());
            StatusEntity boosted = withQuote(post, present(post, batch, actorIds, authors), batch, actorIds, authors);
            var author = b.boost().localBooster();
            AccountEntity booster = author == null
                    ? remoteAccount(batch, b.boost().boosterUri())
                    : authors.computeIfAbsent(author.id(), id -> accounts.local(author, stats.of(id)));
            return boosts.convert(b.boost(), booster, boosted);
        }
        if (s instanceof StatusSource.Remote r) {
            RemotePost p = r.post();
            var mine = batch.sentAbout(p.content().uri());
            boolean liked = mine.contains(RemoteReactions.Kind.LIKE);
            boolean boosted = mine.contains(RemoteReactions.Kind.BOOST);
            String target = p.content().inReplyTo();
            // Counts of a remote post are not fetched; what is known here is the viewer's own.
            Status record = batch.record(p.id()).withCounts(new StatusCounts(0, boosted ? 1 : 0, liked ? 1 : 0));
            StatusFacts facts = new StatusFacts(
                    0,
                    0,
                    0,
                    liked,
                    boosted,
                    batch.bookmarked().contains(p.id()),
                    false,
                    batch.muted().contains(p.id()),
                    replyIdOf(record),
                    idOf(batch.links().replyAccounts(), target),
                    mentionIds(batch));
            return withPoll(
                    StatusToEntity.convert(
                            record, remoteAccount(batch, p.content().actorUri()), facts),
                    p.id(),
                    false,
                    batch);
        }
        Post p = ((StatusSource.Local) s).post();
        Status record = batch.record(p.id());
        String replyTo = replyIdOf(record);
        StatusFacts facts = new StatusFacts(
                0,
                0,
                0,
                batch.favourited().contains(p.id()),
                false,
                batch.bookmarked().contains(p.id()),
                batch.pinned().contains(p.id()),
                batch.muted().contains(p.id()),
                replyTo,
                replyTo == null ? null : idOf(batch.links().replyAccounts(), p.inReplyTo()),
                actorIds);
        AccountEntity author = authors.computeIfAbsent(p.author().id(), id -> accounts.local(p.author(), stats.of(id)));
        boolean own = batch.viewer() != null && batch.viewer() == p.author().id();
        return withPoll(StatusToEntity.convert(record, author, facts), p.id(), own, batch);
    }

    /** The id of what the record answers, as the API writes ids (the loader resolved it); null when none. */
    private static String replyIdOf(Status record) {
        return record.replyTo() == null || record.replyTo().id() == null
                ? null
                : record.replyTo().id().toString();
    }

    private static String idOf(Map<String, Long> ids, String key) {
        Long id = key == null ? null : ids.get(key);
        return id == null ? null : id.toString();
    }

    /** The accounts of those the page's posts from elsewhere mention, by actor id. */
    private static Map<String, String> mentionIds(StatusBatch batch) {
        Map<String, String> ids = new HashMap<>();
        batch.links().mentionedAccounts().forEach((uri, id) -> ids.put(uri, id.toString()));
        return ids;
    }

    /** The status with its poll, if it has one. */
    private StatusEntity withPoll(StatusEntity status, long statusId, boolean own, StatusBatch batch) {
        Poll poll = batch.poll(statusId);
        return poll == null
                ? status
                : status.withPoll(
                        PollToEntity.convert(poll, batch.ownVotes(poll.id()), batch.viewer(), own, clock.instant()));
    }

    /** The status with the one it quotes, from the batch (shown without its own quote), if it quotes one. */
    private StatusEntity withQuote(
            StatusSource s,
            StatusEntity status,
            StatusBatch batch,
            Map<String, String> actorIds,
            Map<Long, AccountEntity> authors) {
        String uri = s instanceof StatusSource.Local l
                ? l.post().quoteUri()
                : s instanceof StatusSource.Remote r ? r.post().quoteUri() : null;
        if (uri == null) {
            return status;
        }
        // Our own quote of a post from elsewhere shows its state until its author approves it.
        var state = s instanceof StatusSource.Local l ? l.post().quote().state() : QuoteState.ACCEPTED;
        if (state != QuoteState.ACCEPTED) {
            return status.withQuote(QuoteEntity.unapproved(state));
        }
        StatusSource quoted = batch.quoted().get(uri);
        return status.withQuote(
                quoted == null
                        ? QuoteEntity.unavailable()
                        : QuoteEntity.accepted(present(quoted, batch, actorIds, authors)));
    }

    private AccountEntity remoteAccount(StatusBatch batch, String actorUri) {
        RemoteActor a = batch.actors().get(actorUri);
        return a == null ? accounts.unknownRemote(actorUri) : accounts.remote(a);
    }
}
