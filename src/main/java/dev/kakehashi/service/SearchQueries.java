package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.PostSearchRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a search finds among what the blog already holds: its authors and the remote actors it
 * knows, its published public posts by their words, and the tags of those posts. Remote lookups
 * ({@code resolve}) are {@link RemoteLookup}'s.
 */
public final class SearchQueries {
    private final Transactions tx;
    private final AccountRepository accounts;
    private final RemoteActorRepository actors;
    private final PostSearchRepository posts;
    private final StatusQueries statuses;

    public SearchQueries(
            Transactions tx,
            AccountRepository accounts,
            RemoteActorRepository actors,
            PostSearchRepository posts,
            StatusQueries statuses) {
        this.tx = tx;
        this.accounts = accounts;
        this.actors = actors;
        this.posts = posts;
        this.statuses = statuses;
    }

    /**
     * The blog's authors whose username or name contains {@code term}, then the known remote
     * accounts that match; {@code @} and this blog's host are ignored for the authors.
     */
    public List<AccountTarget> accounts(String term, String ownHost, int offset, int limit) {
        return accounts(term, ownHost, null, offset, limit);
    }

    /**
     * As {@link #accounts(String, String, int, int)}; with {@code followedBy} (an author's id) only
     * the remote accounts that author follows, as Mastodon's {@code following=true} (the blog's
     * authors share it and do not follow each other).
     */
    public List<AccountTarget> accounts(String term, String ownHost, Long followedBy, int offset, int limit) {
        String t = term.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        String local = t.endsWith("@" + ownHost.toLowerCase(Locale.ROOT))
                ? t.substring(0, t.length() - ownHost.length() - 1)
                : t;
        return tx.call(() -> {
            List<AccountTarget> found = new ArrayList<>();
            if (!local.contains("@") && followedBy == null) {
                for (Account a : accounts.all()) {
                    if (a.username().toLowerCase(Locale.ROOT).contains(local)
                            || (a.displayName() != null
                                    && a.displayName().toLowerCase(Locale.ROOT).contains(local))) {
                        found.add(AccountTarget.of(a));
                    }
                }
            }
            int skipLocal = Math.min(offset, found.size());
            List<AccountTarget> page = new ArrayList<>(found.subList(skipLocal, found.size()));
            if (page.size() < limit) {
                int remoteOffset = offset - skipLocal;
                (followedBy == null
                                ? actors.search(t, remoteOffset, limit - page.size())
                                : actors.searchFollowed(
                                        t, ActorKey.author(followedBy).text(), remoteOffset, limit - page.size()))
                        .forEach(a -> page.add(AccountTarget.of(a)));
            }
            return List.copyOf(page.subList(0, Math.min(limit, page.size())));
        });
    }

    /**
     * The blog's published public posts containing {@code text}, newest first, as {@code viewer}
     * sees them; with {@code accountId} only that account's (none for an account not of the blog:
     * remote posts are not searched).
     */
    public <T> T statuses(
            String text, Long viewer, Long accountId, int offset, int limit, Function<StatusBatch, T> view) {
        return tx.call(() -> view.apply(statuses.batchOf(
                (accountId != null && accounts.byId(accountId).isEmpty()
                                ? List.<dev.kakehashi.domain.Post>of()
                                : posts.searchPublished(text.strip(), accountId, offset, limit))
                        .stream()
                                .map(p -> (StatusSource) new StatusSource.Local(p))
                                .toList(),
                viewer)));
    }

    /** Tags of published public posts starting with {@code term} (a leading {@code #} ignored). */
    public List<String> hashtags(String term, int offset, int limit) {
        String t = term.strip().replaceFirst("^#", "");
        if (t.isEmpty() || t.contains(" ")) {
            return List.of();
        }
        return tx.call(() -> posts.tagsStartingWith(t, offset, limit));
    }
}
