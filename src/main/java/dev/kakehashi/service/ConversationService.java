package dev.kakehashi.service;

import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.domain.event.ConversationUpdated;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.ConversationRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files direct messages in conversations, per author (Mastodon's conversations): a post received
 * for some of our authors only, and an author's own DIRECT post, join the conversation of the
 * status it answers, or start one. Received ones are unread until the author reads the
 * conversation ({@link ConversationFeed} reads them).
 */
public final class ConversationService {
    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final Transactions tx;
    private final ConversationRepository conversations;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final RemoteMediaRepository remoteMedia;
    private final AccountRepository accounts;
    private final Links links;
    private final EventBus events;
    private final Clock clock;

    public ConversationService(
            Transactions tx,
            ConversationRepository conversations,
            PostRepository posts,
            RemotePostRepository remotePosts,
            RemoteMediaRepository remoteMedia,
            AccountRepository accounts,
            Links links,
            EventBus events,
            Clock clock) {
        this.tx = tx;
        this.conversations = conversations;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.remoteMedia = remoteMedia;
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Keeps a post sent to some of our authors only: stored as DIRECT (readable by them alone), with
     * its attachments when new, and filed in each recipient's conversation.
     *
     * @param inReplyTo the id of the status it answers, or null
     * @param participants everyone in the exchange but our authors (the sender first)
     * @param attached its attachments, the files left where they are (none: an empty list)
     * @return false for a post its author already deleted, or when no recipient is an author here
     */
    public boolean received(
            RemotePostContent post,
            String inReplyTo,
            Collection<Long> recipients,
            Collection<String> participants,
            List<RemoteMedia> attached) {
        Instant now = clock.instant();
        boolean filed = tx.call(() -> {
            List<Long> known = recipients.stream()
                    .filter(a -> accounts.byId(a).isPresent())
                    .toList();
            if (known.isEmpty()) {
                return false;
            }
            var stored = remotePosts.byUri(post.uri());
            if (stored.isPresent() && stored.get().deletedAt() != null) {
                return false;
            }
            if (stored.isEmpty()) {
                remotePosts.add(post, now);
            }
            remotePosts.markDirect(post.uri());
            long id = remotePosts.byUri(post.uri()).orElseThrow().id();
            if (stored.isEmpty()) {
                remoteMedia.replace(id, attached == null ? List.of() : attached);
            }
            for (long account : known) {
                file(account, id, post.uri(), inReplyTo, participants, true, now);
            }
            return true;
        });
        if (filed) {
            log.info("Direct message {} for {} account(s)", post.uri(), recipients.size());
        }
        return filed;
    }

    /** Files an author's own published DIRECT post in their conversations (read: they wrote it). */
    public void sent(long postId) {
        tx.run(() -> posts.byId(postId)
                .filter(p -> p.isPublished() && p.visibility() == Visibility.DIRECT)
                .ifPresent(p -> file(
                        p.author().id(),
                        p.id(),
                        links.post(p.id()),
                        p.inReplyTo(),
                        p.mentions().stream()
                                .map(PostMention::actorUri)
                                .filter(Objects::nonNull)
                                .toList(),
                        false,
                        clock.instant())));
    }

    private void file(
            long accountId,
            long statusId,
            String uri,
            String inReplyTo,
            Collection<String> members,
            boolean unread,
            Instant now) {
        Optional<Long> existing = inReplyTo == null ? Optional.empty() : conversations.holding(accountId, inReplyTo);
        long conversation = existing.or(() -> conversations.holding(accountId, uri))
                .orElseGet(() ->
                        conversations.create(accountId, inReplyTo != null ? inReplyTo : uri, statusId, unread, now));
        conversations.addStatus(conversation, statusId, uri, unread, now);
        conversations.addMembers(conversation, members);
        events.raise(tx, new ConversationUpdated(accountId, conversation));
    }
}
