package dev.kakehashi.service;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteMedia;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of statuses with everything they show, loaded with a fixed number of queries whatever the
 * page's size: reaction counts and comment counts per post, the remote actors who wrote or are
 * mentioned, the status ids of the posts replied to (kept remote posts, comments, the blog's
 * posts) by their URI, what they link to ({@link StatusLinks}), and what the viewer liked or boosted of
 * the remote posts, and which of the statuses the viewer bookmarked, favourited (the blog's own
 * posts), pinned and muted; the posts the page's quote posts quote, by their id (URI), when
 * anyone may read them; and the attachments of the remote posts, by remote post id.
 */
public record StatusBatch(
        List<StatusSource> items,
        Map<Long, Map<ReactionKind, Long>> reactions,
        Map<Long, Long> comments,
        Map<String, RemoteActor> actors,
        Map<String, Long> remotePostIds,
        Map<String, Set<RemoteReactions.Kind>> sent,
        Set<Long> bookmarked,
        Set<Long> favourited,
        Set<Long> pinned,
        Set<Long> muted,
        Map<String, StatusSource> quoted,
        Map<Long, Poll> polls,
        Map<Long, List<Integer>> ownVotes,
        Map<Long, List<RemoteMedia>> remoteMedia,
        StatusLinks links,
        Long viewer) {
    /** The attachments of a remote post, in order; empty when none. */
    public List<RemoteMedia> remoteMedia(long remotePostId) {
        return remoteMedia.getOrDefault(remotePostId, List.of());
    }

    /** What the viewer liked or boosted of a remote post (empty for an anonymous viewer). */
    public Set<RemoteReactions.Kind> sentAbout(String postUri) {
        return sent.getOrDefault(postUri, Set.of());
    }

    /** Likes (emoji reactions count as likes, as Mastodon counts Misskey's) of a post. */
    public long likes(long postId) {
        Map<ReactionKind, Long> r = reactions.getOrDefault(postId, Map.of());
        return r.getOrDefault(ReactionKind.LIKE, 0L) + r.getOrDefault(ReactionKind.EMOJI, 0L);
    }

    public long boosts(long postId) {
        return reactions.getOrDefault(postId, Map.of()).getOrDefault(ReactionKind.BOOST, 0L);
    }

    /** The poll of a post or remote post, or null. */
    public Poll poll(long statusId) {
        return polls.get(statusId);
    }

    /** The choices the viewer made in a poll; empty when none (or anonymous). */
    public List<Integer> ownVotes(long pollId) {
        return ownVotes.getOrDefault(pollId, List.of());
    }

    public long replies(long postId) {
        return comments.getOrDefault(postId, 0L);
    }
}
