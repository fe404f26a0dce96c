package dev.kakehashi.service;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.Status;
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
 * anyone may read them; and the attachments of the remote posts, by remote post id. Each status
 * shown (a boost's boosted post) and each quoted post is also its shared {@link Status} record, by
 * status id: what every viewer sees of it, with a blog post's counts; the presenters add only what
 * depends on the viewer.
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
        Map<Long, Status> records,
        Long viewer) {
    /** The shared record of the status {@code id} shown on the page (or quoted by one that is). */
    public Status record(long id) {
        Status s = records.get(id);
        if (s == null) {
            throw new IllegalArgumentException("No status " + id + " in the batch");
        }
        return s;
    }

    /** The attachments of a remote post, in order; empty when none. */
    public List<RemoteMedia> remoteMedia(long remotePostId) {
        return remoteMedia.getOrDefault(remotePostId, List.of());
    }

    /** What the viewer liked or boosted of a remote post (empty for an anonymous viewer). */
    public Set<RemoteReactions.Kind> sentAbout(String postUri) {
        return sent.getOrDefault(postUri, Set.of());
    }

    /** The poll of a post or remote post, or null. */
    public Poll poll(long statusId) {
        return polls.get(statusId);
    }

    /** The choices the viewer made in a poll; empty when none (or anonymous). */
    public List<Integer> ownVotes(long pollId) {
        return ownVotes.getOrDefault(pollId, List.of());
    }
}
