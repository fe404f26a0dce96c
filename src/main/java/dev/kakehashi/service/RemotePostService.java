package dev.kakehashi.service;

import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.domain.event.RemoteStatusChanged;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The posts from elsewhere the reader keeps: added once (with their hashtags and mentions, what
 * they answer, what they quote and their attachments), edited and deleted by their authors alone.
 * A post keeps the visibility it arrived with or a narrower one: an edit may narrow it, never widen
 * it. Each change raises a {@link RemoteStatusChanged}; an edit notifies those here who favourited
 * or boosted the post, and a new public or unlisted post the authors who follow its author with
 * {@code notify}.
 */
public final class RemotePostService {
    /**
     * A post that arrived: its content (with what it answers, its hashtags and mentions), who may
     * read it ({@code audience}: the accounts that may read a PRIVATE post), the post it quotes (or
     * null) and its attachments.
     */
    public record Arrival(
            RemotePostContent post, Visibility visibility, List<Long> audience, String quote, List<RemoteMedia> media) {
        public Arrival {
            media = media == null ? List.of() : List.copyOf(media);
        }
    }

    private final Transactions tx;
    private final FollowingRepository following;
    private final RemotePostRepository posts;
    private final RemoteMediaRepository media;
    private final EventBus events;
    private final RemotePostNotifier notifier;
    private final Clock clock;

    public RemotePostService(
            Transactions tx,
            FollowingRepository following,
            RemotePostRepository posts,
            RemoteMediaRepository media,
            EventBus events,
            RemotePostNotifier notifier,
            Clock clock) {
        this.tx = tx;
        this.following = following;
        this.posts = posts;
        this.media = media;
        this.events = events;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Our actors' follows of the remote actor {@code actorUri}. */
    public List<Following> followersOf(String actorUri) {
        return tx.call(() -> following.followersOf(actorUri));
    }

    /**
     * Keeps the post, unless it is already kept (or was deleted).
     *
     * @return true when it was new
     */
    public boolean arrived(Arrival a) {
        return store(a, false);
    }

    /**
     * A post fetched long after it was written (one an account pinned, read from its featured
     * collection): kept as an arrival is, but placed among the ids at its publication time, as
     * Mastodon does, so an old post never shows as new at the top of a timeline; nobody is notified
     * of it and no stream hears of it.
     *
     * @return false when it was stored already
     */
    public boolean backfilled(Arrival a) {
        return store(a, true);
    }

    private boolean store(Arrival a, boolean backfill) {
        RemotePostContent post = a.post();
        return tx.call(() -> {
            if (posts.byUri(post.uri()).isPresent()) {
                return false;
            }
            Instant now = clock.instant();
            long id = backfill ? placed(post, now) : Snowflake.next();
            posts.add(post, now, id);
            narrow(post.uri(), a.visibility(), a.audience());
            posts.setQuote(post.uri(), a.quote());
            media.replace(id, a.media());
            if (backfill) {
                return true;
            }
            if (a.visibility() != Visibility.PRIVATE && !repliesToOthers(post.actorUri(), post.inReplyTo())) {
                notifier.posted(post.uri(), post.actorUri(), now);
            }
            changed(RemoteStatusChanged.Change.ARRIVED, id);
            return true;
        });
    }

    /**
     * A post search found (not delivered to us): kept as it arrived when new, with its visibility (a
     * followers-only post served to us is kept for nobody here), its attachments, hashtags and
     * mentions, without notifications or events, as nobody here follows it yet.
     *
     * @return its id, or empty when it was deleted
     */
    public Optional<Long> found(RemotePostContent post, Visibility visibility, List<RemoteMedia> attached) {
        try {
            return tx.call(() -> {
                if (posts.byUri(post.uri()).isEmpty()) {
                    Instant now = clock.instant();
                    long id = placed(post, now);
                    posts.add(post, now, id);
                    narrow(post.uri(), visibility, List.of());
                    media.replace(id, attached == null ? List.of() : attached);
                }
                return live(posts.byUri(post.uri()));
            });
        } catch (RuntimeException e) {
            // The inbox (or another search) stored the same post in the same moment: its row stands.
            Optional<RemotePost> stored = tx.call(() -> posts.byUri(post.uri()));
            if (stored.isEmpty()) {
                throw e;
            }
            return live(stored);
        }
    }

    /** The id of a post fetched after the fact: at its publication time when that is in the past. */
    private static long placed(RemotePostContent post, Instant now) {
        Instant published = post.published();
        return published != null && published.isBefore(now) ? Snowflake.at(published) : Snowflake.next();
    }

    private static Optional<Long> live(Optional<RemotePost> post) {
        return post.filter(p -> p.deletedAt() == null).map(RemotePost::id);
    }

    /** True for a reply to a post that is not its author's own (or not known here). */
    private boolean repliesToOthers(String actorUri, String inReplyTo) {
        return inReplyTo != null
                && !posts.byUri(inReplyTo)
                        .map(p -> p.content().actorUri().equals(actorUri))
                        .orElse(false);
    }

    /**
     * Its author's edit of a kept post, with the visibility and audience the edit gives it (applied
     * only when narrower). An edit older than the one shown changes nothing (out-of-order delivery,
     * INTEROP A9.7), nor does an edit of a post not kept.
     *
     * @return true when the post changed
     * @throws ServiceException 403 when someone else wrote the post
     */
    public boolean edited(Arrival a) {
        RemotePostContent post = a.post();
        RemotePostContent dated = post.updated() != null ? post : post.updatedAt(clock.instant());
        return tx.call(() -> {
            Optional<RemotePost> stored = authored(post.actorUri(), post.uri(), "update");
            if (stored.isEmpty()) {
                return false;
            }
            // Compared at the stored precision (microseconds), so a repeated edit is not a new one.
            Instant shown = stored.get().content().updated();
            if (shown != null
                    && post.updated() != null
                    && !post.updated().truncatedTo(ChronoUnit.MICROS).isAfter(shown)) {
                return false;
            }
            // A poll's new counts come as an Update of the unchanged Question: not an edit (no
            // history version, no update notification), as Mastodon records edits only when the
            // text, warning, sensitivity, language or quote changed.
            boolean narrower = a.visibility().compareTo(stored.get().visibility()) > 0;
            long id = stored.get().id();
            // An Update carries the whole post: its attachments replace those kept (Mastodon counts
            // a change of media as an edit).
            if (sameText(stored.get(), post, a.quote()) && media.of(id).equals(a.media())) {
                if (narrower) {
                    narrow(post.uri(), a.visibility(), a.audience());
                    changed(RemoteStatusChanged.Change.EDITED, id);
                }
                return narrower;
            }
            if (!posts.update(dated)) {
                return false;
            }
            posts.setQuote(post.uri(), a.quote());
            media.replace(id, a.media());
            if (narrower) {
                narrow(post.uri(), a.visibility(), a.audience());
            }
            changed(RemoteStatusChanged.Change.EDITED, stored.get().id());
            // Those here who favourited or boosted it are told (Mastodon's update notification).
            notifier.edited(post.uri(), post.actorUri(), clock.instant());
            return true;
        });
    }

    private static boolean sameText(RemotePost stored, RemotePostContent post, String quote) {
        RemotePostContent was = stored.content();
        return Objects.equals(was.name(), post.name())
                && Objects.equals(was.contentHtml(), post.contentHtml())
                && Objects.equals(was.summary(), post.summary())
                && was.sensitive() == post.sensitive()
                && Objects.equals(was.language(), post.language())
                && Objects.equals(stored.quoteUri(), quote);
    }

    /**
     * Its author's Delete of a kept post.
     *
     * @return true when the post was kept and is now deleted
     * @throws ServiceException 403 when someone else wrote the post
     */
    public boolean deleted(String actorUri, String uri) {
        return tx.call(() -> {
            Optional<RemotePost> stored = authored(actorUri, uri, "delete");
            if (stored.isEmpty()) {
                return false;
            }
            // Raised before it goes, while those whose home shows it can still be found.
            changed(RemoteStatusChanged.Change.REMOVED, stored.get().id());
            media.replace(stored.get().id(), List.of());
            return posts.markDeleted(uri, clock.instant());
        });
    }

    /** The kept, undeleted post {@code uri}, checked to be {@code actorUri}'s. */
    private Optional<RemotePost> authored(String actorUri, String uri, String what) {
        Optional<RemotePost> stored = posts.byUri(uri).filter(p -> p.deletedAt() == null);
        if (stored.isPresent() && !stored.get().content().actorUri().equals(actorUri)) {
            throw ServiceException.forbidden("only its author may " + what + " " + uri);
        }
        return stored;
    }

    /** Stores a visibility narrower than public: unlisted, or private for {@code audience} alone. */
    private void narrow(String uri, Visibility visibility, List<Long> audience) {
        if (visibility == Visibility.PRIVATE) {
            posts.markPrivate(uri, audience);
        } else if (visibility == Visibility.UNLISTED) {
            posts.markUnlisted(uri);
        }
    }

    private void changed(RemoteStatusChanged.Change change, long id) {
        events.raise(tx, new RemoteStatusChanged(change, id));
    }
}
