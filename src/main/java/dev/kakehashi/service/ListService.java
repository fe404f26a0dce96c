package dev.kakehashi.service;

import dev.kakehashi.domain.AccountList;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.ListRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemoteTimelineRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An author's lists (Mastodon's lists): named groups of the remote accounts they or the blog follow, each with
 * a timeline of its members' posts and boosts. A list is its author's alone: anyone else's is 404.
 */
public final class ListService {
    /** The longest title kept (the column's size). */
    public static final int MAX_TITLE = 255;

    private final Transactions tx;
    private final ListRepository lists;
    private final FollowingRepository following;
    private final RemoteActorRepository actors;
    private final RemoteTimelineRepository posts;
    private final RemoteBoostRepository boosts;
    private final TimelineQueries statuses;
    private final Links links;
    private final Clock clock;

    public ListService(
            Transactions tx,
            ListRepository lists,
            FollowingRepository following,
            RemoteActorRepository actors,
            RemoteTimelineRepository posts,
            RemoteBoostRepository boosts,
            TimelineQueries statuses,
            Links links,
            Clock clock) {
        this.tx = tx;
        this.lists = lists;
        this.following = following;
        this.actors = actors;
        this.posts = posts;
        this.boosts = boosts;
        this.statuses = statuses;
        this.links = links;
        this.clock = clock;
    }

    /** What may change on a list; null leaves a field as it is. */
    public record Changes(String title, String repliesPolicy, Boolean exclusive) {}

    public List<AccountList> all(long accountId) {
        return tx.call(() -> lists.all(accountId));
    }

    /** @throws ServiceException 404 when the author has no such list */
    public AccountList one(long accountId, long listId) {
        return tx.call(() -> owned(accountId, listId));
    }

    /**
     * A new list; the replies policy defaults to {@code list}.
     *
     * @throws InvalidInputException 422 for a blank or too long title, or an unknown policy
     */
    public AccountList create(long accountId, Changes c) {
        String title = title(c.title());
        AccountList.RepliesPolicy policy = c.repliesPolicy() == null ? AccountList.RepliesPolicy.LIST : policy(c);
        boolean exclusive = Boolean.TRUE.equals(c.exclusive());
        return tx.call(() -> lists.add(accountId, title, policy, exclusive, clock.instant()));
    }

    /** Changes what {@code c} sets; 404 for someone else's list, 422 as {@link #create}. */
    public AccountList update(long accountId, long listId, Changes c) {
        String title = c.title() == null ? null : title(c.title());
        AccountList.RepliesPolicy policy = c.repliesPolicy() == null ? null : policy(c);
        return tx.call(() -> {
            AccountList old = owned(accountId, listId);
            AccountList changed = new AccountList(
                    old.id(),
                    old.accountId(),
                    title == null ? old.title() : title,
                    policy == null ? old.repliesPolicy() : policy,
                    c.exclusive() == null ? old.exclusive() : c.exclusive());
            lists.update(changed);
            return changed;
        });
    }

    public void delete(long accountId, long listId) {
        tx.run(() -> {
            owned(accountId, listId);
            lists.remove(listId);
        });
    }

    /**
     * The members the author still follows, in a range of their account ids, with those ids in
     * the order read (what the Link header pages by).
     */
    public <T> T members(long accountId, long listId, IdRange range, Function<List<RemoteActor>, T> view) {
        return tx.call(() -> {
            owned(accountId, listId);
            List<String> uris = lists.memberUris(listId, actor(accountId), range);
            Map<String, RemoteActor> found = new java.util.HashMap<>();
            actors.byUris(uris).forEach(a -> found.put(a.uri(), a));
            return view.apply(
                    uris.stream().map(found::get).filter(a -> a != null).toList());
        });
    }

    /**
     * Adds accounts the author or the blog follows (or asked to follow) to a list: every author
     * speaks as the blog's actor and reads what it follows.
     *
     * @throws ServiceException 404 for an unknown account or someone else's list (looked up first,
     *     as Mastodon does)
     * @throws InvalidInputException 422 for no accounts, or an account the author does not follow
     *     (local authors are never followed: they share the blog)
     */
    public void addMembers(long accountId, long listId, Collection<Long> accountIds) {
        tx.run(() -> {
            owned(accountId, listId);
            requireSome(accountIds);
            List<String> uris = new ArrayList<>();
            for (RemoteActor a : known(accountIds)) {
                if (following.find(actor(accountId), a.uri()).isEmpty()
                        && following.find(BLOG_ACTOR, a.uri()).isEmpty()) {
                    throw InvalidInputException.of(
                            "account_ids", "You must be following " + a.uri() + " to add them to a list");
                }
                uris.add(a.uri());
            }
            lists.addMembers(listId, uris, clock.instant());
        });
    }

    /**
     * Takes accounts out of a list; one not in it changes nothing. 404 for an unknown account or
     * list, 422 for no accounts.
     */
    public void removeMembers(long accountId, long listId, Collection<Long> accountIds) {
        tx.run(() -> {
            owned(accountId, listId);
            requireSome(accountIds);
            lists.removeMembers(
                    listId, known(accountIds).stream().map(RemoteActor::uri).toList());
        });
    }

    /** The author's lists that hold the remote account {@code remoteAccountId} (none for a local one). */
    public List<AccountList> holding(long accountId, long remoteAccountId) {
        return tx.call(() -> actors.byId(remoteAccountId)
                .map(a -> lists.holding(accountId, a.uri()))
                .orElse(List.of()));
    }

    /**
     * A list's timeline: its members' live posts (replies as its policy says) and their boosts, by
     * id, in one batch.
     */
    public <T> T timeline(long accountId, long listId, IdRange range, Function<StatusBatch, T> view) {
        return tx.call(() -> {
            AccountList list = owned(accountId, listId);
            String actor = actor(accountId);
            return view.apply(statuses.timeline(
                    List.of(),
                    posts.byListIn(listId, actor, accountId, list.repliesPolicy(), links.postsPrefix(), range),
                    boosts.byListIn(listId, actor, range),
                    range,
                    accountId));
        });
    }

    /** Whether the author has the list {@code listId}. */
    public boolean owns(long accountId, long listId) {
        return tx.call(() -> lists.of(accountId, listId).isPresent());
    }

    /** Whether the list's timeline shows the status {@code statusId} (false for someone else's list). */
    public boolean shows(long accountId, long listId, long statusId) {
        return owns(accountId, listId)
                && timeline(accountId, listId, IdRange.only(statusId), b -> !b.items()
                        .isEmpty());
    }

    private static void requireSome(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            throw InvalidInputException.of("account_ids", "account_ids is required");
        }
    }

    private AccountList owned(long accountId, long listId) {
        return lists.of(accountId, listId).orElseThrow(() -> ServiceException.notFound("List"));
    }

    /** The remote actors with these ids; 404 when one is unknown. */
    private List<RemoteActor> known(Collection<Long> ids) {
        Map<Long, RemoteActor> found = new java.util.HashMap<>();
        for (Long id : ids.stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new))) {
            found.put(id, actors.byId(id).orElseThrow(() -> ServiceException.notFound("Account")));
        }
        return List.copyOf(found.values());
    }

    private static final String BLOG_ACTOR = FollowsExport.BLOG_ACTOR;

    private static String actor(long accountId) {
        return ActorKey.author(accountId).text();
    }

    private static String title(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            throw InvalidInputException.of("title", "Title can't be blank");
        }
        if (t.length() > MAX_TITLE) {
            throw InvalidInputException.of("title", "Title is too long (maximum is " + MAX_TITLE + " characters)");
        }
        return t;
    }

    private static AccountList.RepliesPolicy policy(Changes c) {
        AccountList.RepliesPolicy p = AccountList.RepliesPolicy.parse(c.repliesPolicy());
        if (p == null) {
            throw InvalidInputException.of("replies_policy", "Replies policy is not included in the list");
        }
        return p;
    }
}
