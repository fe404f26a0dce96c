package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Post;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the documents and collections of our local actors are read from: the authors, an actor's
 * published posts, accepted followers and pinned posts. Each view runs inside the read, so a
 * converter may walk a post's tags and attachments.
 */
public final class LocalActorQueries {
    private final Transactions tx;
    private final AccountRepository accounts;
    private final PostRepository posts;
    private final FollowerRepository followers;
    private final PinRepository pins;

    public LocalActorQueries(
            Transactions tx,
            AccountRepository accounts,
            PostRepository posts,
            FollowerRepository followers,
            PinRepository pins) {
        this.tx = tx;
        this.accounts = accounts;
        this.posts = posts;
        this.followers = followers;
        this.pins = pins;
    }

    /** The author with this id, mapped inside the read. */
    public <T> Optional<T> author(long accountId, Function<Account, T> view) {
        return tx.call(() -> accounts.byId(accountId).map(view));
    }

    /** The author with this (lower-case) username, mapped inside the read. */
    public <T> Optional<T> author(String username, Function<Account, T> view) {
        return tx.call(() -> accounts.byUsername(username).map(view));
    }

    /** When the first account was made: the blog actor's {@code published}; null before any. */
    public Instant firstAccountCreatedAt() {
        return tx.call(() -> accounts.all().stream()
                .map(Account::createdAt)
                .min(Instant::compareTo)
                .orElse(null));
    }

    /** How many posts the actor published: all of the blog's, an author's own, none for the instance. */
    public long countPublished(ActorKey actor) {
        return tx.call(() -> switch (actor.kind()) {
            case INSTANCE -> 0L;
            case BLOG -> posts.countPublished();
            case AUTHOR -> posts.countPublishedBy(actor.accountId());
        });
    }

    /** A page of the actor's published posts, newest first, mapped inside the read. */
    public <T> List<T> published(ActorKey actor, int offset, int limit, Function<Post, T> view) {
        return tx.call(() -> {
            List<Post> page =
                    switch (actor.kind()) {
                        case INSTANCE -> List.of();
                        case BLOG -> posts.published(offset, limit);
                        case AUTHOR -> posts.publishedBy(actor.accountId(), offset, limit);
                    };
            return page.stream().map(view).toList();
        });
    }

    public long countFollowers(ActorKey actor) {
        return tx.call(() -> followers.countAccepted(actor.text()));
    }

    /** A page of the actor ids of the actor's accepted followers. */
    public List<String> followers(ActorKey actor, int offset, int limit) {
        return tx.call(() -> followers.accepted(actor.text(), offset, limit));
    }

    /**
     * The posts pinned by an author ({@code null}: by the blog), last pinned first, mapped inside the
     * read; the view picks which to show.
     */
    public <T> List<T> pinned(Long accountId, Function<List<Post>, List<T>> view) {
        return tx.call(() -> {
            List<Long> pinned = pins.of(accountId);
            Map<Long, Post> found = new HashMap<>();
            posts.byIds(pinned).forEach(p -> found.put(p.id(), p));
            return view.apply(
                    pinned.stream().map(found::get).filter(Objects::nonNull).toList());
        });
    }
}
