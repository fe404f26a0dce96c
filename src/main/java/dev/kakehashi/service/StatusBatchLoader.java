package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusMarks;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusViewer;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostTagRepository;
import dev.kakehashi.store.StatusMarksRepository;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads what a page of statuses shows beside the statuses themselves (counts, authors, reply
 * targets, quoted posts, remote posts' attachments, hashtags and mentions, and the viewer's likes,
 * boosts, bookmarks, pins and mutes) in a fixed number of queries, whatever the page's length (the
 * counts and the viewer's marks in one, {@link StatusMarksRepository}; the hashtags and mentions in
 * one, {@link RemotePostTagRepository}); joins the caller's unit of work. Each status is mapped
 * to its shared {@link Status} record here, so the presenters add only the viewer's fields; a blog
 * post's record is the one kept by {@link PostRecords} while the post has not changed, and then its
 * hashtags, mentions and attachments are not loaded.
 */
final class StatusBatchLoader {
    private final PageReplyTargets replies;
    private final RemotePostTagRepository tags;
    private final StatusMarksRepository marks;
    private final RemoteActorRepository actors;
    private final Links links;
    private final QuotedStatuses quoted;
    private final PollRepository polls;
    private final RemoteMediaRepository media;
    private final PostRecords postRecords;

    StatusBatchLoader(
            PageReplyTargets replies,
            RemotePostTagRepository tags,
            StatusMarksRepository marks,
            RemoteActorRepository actors,
            Links links,
            QuotedStatuses quoted,
            PollRepository polls,
            RemoteMediaRepository media,
            PostRecords postRecords) {
        this.replies = replies;
        this.tags = tags;
        this.marks = marks;
        this.actors = actors;
        this.links = links;
        this.quoted = quoted;
        this.polls = polls;
        this.media = media;
        this.postRecords = postRecords;
    }

    /** A batch of {@code items} as {@code viewerAccountId} (null when anonymous) sees it: with what they liked and boosted. */
    StatusBatch load(List<StatusSource> items, Long viewerAccountId) {
        List<Long> postIds = new ArrayList<>();
        Set<String> actorUris = new HashSet<>();
        Set<String> replyTargets = new HashSet<>();
        List<String> remoteUris = new ArrayList<>();
        List<Long> remoteIds = new ArrayList<>();
        Set<String> quotes = new HashSet<>();
        for (StatusSource s : items) {
            String quote = quoteOf(s);
            if (quote != null) {
                quotes.add(quote);
            }
            if (s instanceof StatusSource.Local l) {
                postIds.add(l.post().id());
                // A record kept at the post's stamp names its mentions: the post's are not loaded.
                Status kept = postRecords.kept(l.post());
                (kept != null
                                ? kept.mentions().stream().map(StatusMention::actorUri)
                                : l.post().mentions().stream().map(PostMention::actorUri))
                        .filter(u -> u != null)
                        .forEach(actorUris::add);
                if (l.post().inReplyTo() != null) {
                    replyTargets.add(l.post().inReplyTo());
                }
            } else if (s instanceof StatusSource.Remote r) {
                remote(r.post(), actorUris, replyTargets, remoteIds);
                remoteUris.add(r.post().content().uri());
            } else if (s instanceof StatusSource.Boost b) {
                if (b.boost().localBooster() == null) {
                    actorUris.add(b.boost().boosterUri());
                }
                remote(b.boost().post(), actorUris, replyTargets, remoteIds);
                remoteUris.add(b.boost().post().content().uri());
            }
        }
        Map<String, StatusSource> quotedPosts = quoted.of(quotes);
        for (StatusSource q : quotedPosts.values()) {
            if (q instanceof StatusSource.Local l) {
                postIds.add(l.post().id());
            } else if (q instanceof StatusSource.Remote r) {
                remote(r.post(), actorUris, replyTargets, remoteIds);
            }
        }
        Map<String, PageReplyTargets.Target> targets = replies.of(replyTargets);
        targets.values().stream()
                .map(PageReplyTargets.Target::actorUri)
                .filter(u -> u != null)
                .forEach(actorUris::add);
        RemotePostTagRepository.Tagged tagged = tags.ofPosts(remoteIds);
        tagged.mentions().values().forEach(ms -> ms.forEach(mention -> actorUris.add(mention.actorUri())));
        Map<String, RemoteActor> known =
                actors.byUris(actorUris).stream().collect(Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a));
        // Counts and the viewer's bookmarks, likes, pins and mutes: one statement.
        StatusMarks m = marks.of(
                postIds,
                shown(items),
                viewerAccountId == null ? List.of() : ownPosts(items, viewerAccountId),
                remoteUris,
                viewerAccountId == null
                        ? null
                        : new StatusViewer(
                                viewerAccountId,
                                links.authorActor(viewerAccountId),
                                ActorKey.author(viewerAccountId).text()));
        Map<Long, Poll> shownPolls = polls.ofStatuses(postIds, remoteIds);
        Map<String, Long> replyIds = ids(targets);
        StatusLinks statusLinks = StatusLinks.of(targets, tagged, known, links);
        Map<Long, List<RemoteMedia>> remoteMedia = media.ofPosts(remoteIds);
        Map<Long, Status> records = new HashMap<>();
        items.forEach(s -> record(s, m, replyIds, statusLinks, remoteMedia, records));
        quotedPosts.values().forEach(s -> record(s, m, replyIds, statusLinks, remoteMedia, records));
        return new StatusBatch(
                items,
                m.reactions(),
                m.comments(),
                known,
                replyIds,
                sent(m.sent()),
                m.bookmarked(),
                m.favourited(),
                m.pinned(),
                m.muted(),
                quotedPosts,
                shownPolls,
                viewerAccountId == null || shownPolls.isEmpty()
                        ? Map.of()
                        : polls.ownVotes(
                                viewerAccountId,
                                shownPolls.values().stream().map(Poll::id).toList()),
                remoteMedia,
                statusLinks,
                records,
                viewerAccountId);
    }

    /** A post from elsewhere on the page: its author, what it answers, and its id. */
    private static void remote(RemotePost post, Set<String> actorUris, Set<String> replyTargets, List<Long> remoteIds) {
        actorUris.add(post.content().actorUri());
        if (post.content().inReplyTo() != null) {
            replyTargets.add(post.content().inReplyTo());
        }
        remoteIds.add(post.id());
    }

    /**
     * Puts the shared record of the status {@code s} shows (a boost's boosted post) in {@code out}:
     * a blog post's with its counts and the id of what it answers; a remote post's without counts,
     * which are not fetched from its server, with what it answers, its hashtags and mentions.
     */
    private void record(
            StatusSource s,
            StatusMarks m,
            Map<String, Long> replyIds,
            StatusLinks statusLinks,
            Map<Long, List<RemoteMedia>> remoteMedia,
            Map<Long, Status> out) {
        if (s instanceof StatusSource.Local l) {
            Post p = l.post();
            Map<ReactionKind, Long> r = m.reactions().getOrDefault(p.id(), Map.of());
            StatusCounts counts = new StatusCounts(
                    m.comments().getOrDefault(p.id(), 0L),
                    r.getOrDefault(ReactionKind.BOOST, 0L),
                    r.getOrDefault(ReactionKind.LIKE, 0L) + r.getOrDefault(ReactionKind.EMOJI, 0L));
            out.put(p.id(), postRecords.of(p, counts, p.inReplyTo() == null ? null : replyIds.get(p.inReplyTo())));
            return;
        }
        RemotePost p = s instanceof StatusSource.Remote r
                ? r.post()
                : ((StatusSource.Boost) s).boost().post();
        out.put(
                p.id(),
                RemotePostToStatusRecord.map(
                        p,
                        StatusCounts.NONE,
                        statusLinks.replyFromElsewhere(replyIds, p.content().inReplyTo()),
                        remoteMedia.getOrDefault(p.id(), List.of()),
                        statusLinks.tagsOf(p.id()),
                        statusLinks.mentionsOf(p.id())));
    }

    /** What the viewer sent about remote posts, as {@link RemoteReactions#sent} names it: a like, else a boost. */
    private static Map<String, Set<RemoteReactions.Kind>> sent(Map<String, Set<ReactionKind>> sent) {
        Map<String, Set<RemoteReactions.Kind>> out = new HashMap<>();
        sent.forEach((uri, kinds) ->
                kinds.forEach(k -> out.computeIfAbsent(uri, u -> EnumSet.noneOf(RemoteReactions.Kind.class))
                        .add(k == ReactionKind.LIKE ? RemoteReactions.Kind.LIKE : RemoteReactions.Kind.BOOST)));
        return out;
    }

    /** The status ids of the reply targets, by URI. */
    private static Map<String, Long> ids(Map<String, PageReplyTargets.Target> targets) {
        Map<String, Long> ids = new HashMap<>();
        targets.forEach((uri, t) -> ids.put(uri, t.id()));
        return ids;
    }

    /** The id (URI) of the post a status quotes, or null. */
    private static String quoteOf(StatusSource s) {
        if (s instanceof StatusSource.Local l) {
            return l.post().quoteUri();
        }
        return s instanceof StatusSource.Remote r
                ? r.post().quoteUri()
                : ((StatusSource.Boost) s).boost().post().quoteUri();
    }

    /** The ids of the posts shown: a boost's is the boosted post's. */
    private static List<Long> shown(List<StatusSource> items) {
        return items.stream().map(StatusQueries::shownId).toList();
    }

    /** Only an author sees their pins on their statuses (Mastodon's {@code pinned} is for the owner). */
    private static List<Long> ownPosts(List<StatusSource> items, long viewerAccountId) {
        return items.stream()
                .filter(s ->
                        s instanceof StatusSource.Local l && l.post().author().id() == viewerAccountId)
                .map(StatusSource::id)
                .toList();
    }
}
