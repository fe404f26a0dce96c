package dev.kakehashi.service;

import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.event.PollChanged;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls on statuses: opening one with a post, voting from an app (on our polls, and on remote ones,
 * whose votes go to their author as notes), votes arriving from the fediverse, and closing our
 * polls when their time is up. Changed counts go out as one Update of the post per {@link
 * #UPDATE_DELAY}, not one per vote.
 */
public final class PollService {
    private static final Logger log = LoggerFactory.getLogger(PollService.class);

    /** Votes closer together than this reach followers as one Update with the newest counts. */
    public static final Duration UPDATE_DELAY = Duration.ofSeconds(30);

    /** Sends our author's choices in a remote poll to its author; implemented by the federation layer. */
    public interface Outbox {
        /** Queues one vote note per choice, in the caller's transaction. */
        void vote(long accountId, String questionUri, RemoteActor author, List<String> choices, Instant now);
    }

    private final Transactions tx;
    private final PollRepository polls;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final NotificationRepository notifications;
    private final RemoteActorRepository actors;
    private final Links links;
    private final EventBus events;
    private final Outbox outbox;
    private final Clock clock;

    public PollService(
            Transactions tx,
            PollRepository polls,
            PostRepository posts,
            RemotePostRepository remotePosts,
            NotificationRepository notifications,
            RemoteActorRepository actors,
            Links links,
            EventBus events,
            Outbox outbox,
            Clock clock) {
        this.tx = tx;
        this.polls = polls;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.notifications = notifications;
        this.actors = actors;
        this.links = links;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Gives a post its poll, or changes or removes it (an edit): a poll whose options or kind change
     * starts again with no votes, as on Mastodon; the same options keep their votes. Joins the unit of
     * work that writes the post.
     *
     * @param asked the poll, or null for none
     */
    public void attach(Post post, PollInput asked) {
        attach(post, asked, false);
    }

    /**
     * As {@link #attach(Post, PollInput)} for a post that was not published before this change (a
     * draft, or a scheduled post): nobody could vote yet, so its poll opens afresh from now (or its
     * scheduled time) even with the same choices, and a draft saved days ago does not publish a poll
     * that has already ended.
     */
    public void attachUnpublished(Post post, PollInput asked) {
        attach(post, asked, true);
    }

    private void attach(Post post, PollInput asked, boolean afresh) {
        tx.run(() -> {
            if (asked != null && post.kind() != PostKind.NOTE) {
                throw InvalidInputException.of("poll", "Only a short post can have a poll");
            }
            if (asked != null && !post.attachments().isEmpty()) {
                throw InvalidInputException.of("poll", "Cannot attach files to a post with a poll");
            }
            Poll old = polls.ofPosts(List.of(post.id())).get(post.id());
            Instant start =
                    post.scheduledAt() != null && post.publishedAt() == null ? post.scheduledAt() : clock.instant();
            if (!afresh && old != null && asked != null && sameChoices(old, asked)) {
                return;
            }
            if (old != null) {
                polls.remove(old.id());
            }
            if (asked != null) {
                polls.add(asked.toPoll(Snowflake.next(), post.id(), start), clock.instant());
            }
        });
    }

    private static boolean sameChoices(Poll old, PollInput asked) {
        return old.multiple() == asked.multiple()
                && old.options().stream().map(Poll.Option::title).toList().equals(asked.options());
    }

    /**
     * The id of the status (a post's or a remote post's) that carries poll {@code pollId}.
     *
     * @throws ServiceException 404 for an unknown poll
     */
    public long statusOf(long pollId) {
        return tx.call(() -> polls.byId(pollId)
                .map(p -> p.postId() != null ? p.postId() : p.remotePostId())
                .orElseThrow(() -> ServiceException.notFound("Poll")));
    }

    /**
     * {@code accountId} votes for {@code choices} (option positions) in a poll they may see: ours are
     * counted at once, a remote poll's are counted here and sent to its author.
     *
     * @throws InvalidInputException 422 as Mastodon words it: an ended poll, one's own poll, a second
     *     vote, several choices in a single-choice poll, a choice that does not exist
     */
    public void vote(long accountId, long pollId, List<Integer> choices) {
        tx.run(() -> {
            Instant now = clock.instant();
            Poll poll = polls.byId(pollId).orElseThrow(() -> ServiceException.notFound("Poll"));
            if (poll.expired(now)) {
                throw InvalidInputException.of("poll", "The poll has already ended");
            }
            Post post = poll.postId() == null ? null : posts.byId(poll.postId()).orElse(null);
            if (post != null && post.author().id() == accountId) {
                throw InvalidInputException.of("poll", "You cannot vote in your own polls");
            }
            TreeSet<Integer> chosen = new TreeSet<>(choices);
            if (chosen.isEmpty()
                    || chosen.first() < 0
                    || chosen.last() >= poll.options().size()) {
                throw InvalidInputException.of("choices", "The chosen vote option does not exist");
            }
            String voter = links.authorActor(accountId);
            if (polls.hasVoted(pollId, voter) || (!poll.multiple() && chosen.size() > 1)) {
                throw InvalidInputException.of("poll", "You have already voted on this poll");
            }
            for (int choice : chosen) {
                polls.addVote(Snowflake.next(), pollId, choice, voter, accountId, null, now);
                polls.countVote(pollId, choice);
            }
            polls.countVoter(pollId, post == null ? null : now.plus(UPDATE_DELAY));
            if (poll.remotePostId() != null) {
                RemotePost remote = remotePosts.byId(poll.remotePostId()).orElseThrow();
                RemoteActor author = actors.byUri(remote.content().actorUri())
                        .orElseThrow(() -> new ServiceException(422, "The poll's author is unknown"));
                outbox.vote(
                        accountId,
                        remote.content().uri(),
                        author,
                        chosen.stream().map(c -> poll.options().get(c).title()).toList(),
                        now);
            }
        });
    }

    /**
     * A remote reader's vote on our post {@code postId}: the option titled {@code choice}, sent as the
     * note {@code noteUri}. A vote on an ended poll, for no option, or a second one in a single-choice
     * poll is dropped (logged).
     *
     * @return whether it counted
     */
    public boolean voteReceived(long postId, String voterUri, String choice, String noteUri) {
        return tx.call(() -> {
            Instant now = clock.instant();
            Poll poll = polls.ofPosts(List.of(postId)).get(postId);
            if (poll == null || poll.expired(now)) {
                log.info("Vote {} on {} dropped: no open poll", noteUri, postId);
                return false;
            }
            int position = positionOf(poll, choice);
            boolean voted = polls.hasVoted(poll.id(), voterUri);
            if (position < 0 || (voted && !poll.multiple())) {
                log.info("Vote {} on {} dropped: no option {} or a second vote", noteUri, postId, choice);
                return false;
            }
            if (!polls.addVote(Snowflake.next(), poll.id(), position, voterUri, null, noteUri, now)) {
                return false;
            }
            polls.countVote(poll.id(), position);
            if (voted) {
                polls.markUpdateDue(poll.id(), now.plus(UPDATE_DELAY));
            } else {
                polls.countVoter(poll.id(), now.plus(UPDATE_DELAY));
            }
            return true;
        });
    }

    private static int positionOf(Poll poll, String choice) {
        for (int i = 0; i < poll.options().size(); i++) {
            if (Objects.equals(poll.options().get(i).title(), choice == null ? null : choice.strip())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The poll of the remote post {@code postUri} as its server sent it (a Question's Create or
     * Update): stored the first time, its counts and end refreshed after (new options: a new poll).
     * When it closes, our accounts that voted get a {@code poll} notification.
     *
     * @return whether the post is known here (and so its poll stored)
     */
    public boolean remoteReceived(String postUri, Poll sent) {
        return tx.call(() -> {
            RemotePost post = remotePosts.byUri(postUri).orElse(null);
            if (post == null) {
                return false;
            }
            Poll known = polls.ofRemotePosts(List.of(post.id())).get(post.id());
            if (known != null && titles(known).equals(titles(sent))) {
                polls.refresh(
                        known.id(),
                        sent.options().stream().map(Poll.Option::votesCount).toList(),
                        sent.votersCount(),
                        sent.expiresAt(),
                        sent.closedAt());
                if (known.closedAt() == null && sent.closedAt() != null) {
                    Instant now = clock.instant();
                    for (long voter : polls.localVoters(known.id())) {
                        notifications.addAboutNote(
                                voter, NotificationKind.POLL, post.content().actorUri(), postUri, now);
                    }
                }
                return true;
            }
            if (known != null) {
                polls.remove(known.id());
            }
            polls.add(
                    new Poll(
                            Snowflake.next(),
                            null,
                            post.id(),
                            sent.options(),
                            sent.multiple(),
                            false,
                            sent.expiresAt(),
                            sent.closedAt(),
                            sent.votersCount()),
                    clock.instant());
            return true;
        });
    }

    private static List<String> titles(Poll p) {
        return p.options().stream().map(Poll.Option::title).toList();
    }

    /** Whether our post {@code postId} has a poll (a reply naming an option is then a vote). */
    public boolean hasPoll(long postId) {
        return tx.call(() -> !polls.ofPosts(List.of(postId)).isEmpty());
    }

    /**
     * Closes our polls whose time is up: each is marked closed, its final counts go to followers, and
     * its author and our accounts that voted get a {@code poll} notification. Another node's close
     * of the same poll counts once.
     *
     * @return how many closed
     */
    public int closeDue() {
        List<Long> due = tx.call(() -> polls.dueToClose(clock.instant(), 100));
        int n = 0;
        for (long id : due) {
            if (tx.call(() -> close(id))) {
                n++;
            }
        }
        return n;
    }

    private boolean close(long pollId) {
        Instant now = clock.instant();
        Poll poll = polls.byId(pollId).orElse(null);
        if (poll == null || !polls.close(pollId, now)) {
            return false;
        }
        Post post = posts.byId(poll.postId()).orElse(null);
        if (post == null || !post.isPublished()) {
            return true;
        }
        long author = post.author().id();
        String authorUri = links.authorActor(author);
        notifications.add(author, NotificationKind.POLL, authorUri, post.id(), null, now);
        for (long voter : polls.localVoters(pollId)) {
            if (voter != author) {
                notifications.add(voter, NotificationKind.POLL, authorUri, post.id(), null, now);
            }
        }
        events.raise(tx, new PollChanged(post.id(), author));
        return true;
    }

    /**
     * Sends the counts of our polls that changed since their last Update, once each {@link
     * #UPDATE_DELAY} has passed.
     *
     * @return how many went out
     */
    public int sendDueUpdates() {
        List<Long> due = tx.call(() -> polls.updatesDue(clock.instant(), 100));
        int n = 0;
        for (long id : due) {
            boolean sent = tx.call(() -> {
                Poll poll = polls.byId(id).orElse(null);
                if (poll == null || !polls.takeUpdate(id)) {
                    return false;
                }
                Post post = posts.byId(poll.postId()).orElse(null);
                if (post == null || !post.isPublished()) {
                    return false;
                }
                events.raise(tx, new PollChanged(post.id(), post.author().id()));
                return true;
            });
            n += sent ? 1 : 0;
        }
        return n;
    }

    /** The poll of one of our posts, for the blog page; null when it has none. */
    public Poll ofPost(long postId) {
        return tx.read(() -> polls.ofPosts(List.of(postId)).get(postId));
    }
}
