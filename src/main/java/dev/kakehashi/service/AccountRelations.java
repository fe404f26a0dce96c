package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.AccountMute;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountNoteRepository;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.EndorsementRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.MuteRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.ReportRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who follows whom, as the Mastodon API reads it: relationships, followers and following lists,
 * familiar followers and waiting follow requests. Authors are filed under the actor key {@code
 * account:<id>}; the blog's own actor under {@code blog}, whose followers count as following every
 * author for {@code followed_by}. Writes go through {@link RemoteFollowing}, {@link FollowerAdmin},
 * {@link BlockAdmin} and {@link MuteService}.
 */
public final class AccountRelations {
    static final String BLOG = ActorKey.BLOG.text();
    /** The familiar followers answered per account, as many as an accounts page holds. */
    static final int FAMILIAR_MAX = 80;

    /** One account of a list, with the id of the row the list pages by. */
    public record Listed(long pageId, AccountTarget account) {}

    private final Transactions tx;
    private final AccountRepository accounts;
    private final RemoteActorRepository actors;
    private final FollowingRepository following;
    private final FollowerRepository followers;
    private final MuteRepository mutes;
    private final ReportRepository reports;
    private final Blocklist blocklist;
    private final Clock clock;
    private final Own own;

    /** The caller's own marks on accounts: private notes and endorsements. */
    public record Own(AccountNoteRepository notes, EndorsementRepository endorsements) {}

    public AccountRelations(
            Transactions tx,
            AccountRepository accounts,
            RemoteActorRepository actors,
            FollowingRepository following,
            FollowerRepository followers,
            MuteRepository mutes,
            ReportRepository reports,
            Blocklist blocklist,
            Clock clock,
            Own own) {
        this.tx = tx;
        this.accounts = accounts;
        this.actors = actors;
        this.following = following;
        this.followers = followers;
        this.mutes = mutes;
        this.reports = reports;
        this.blocklist = blocklist;
        this.clock = clock;
        this.own = own;
    }

    static String key(long accountId) {
        return ActorKey.author(accountId).text();
    }

    /** The author or remote actor with this id; 404 when there is none. */
    public AccountTarget target(long id) {
        return tx.call(() -> accounts.byId(id)
                .map(AccountTarget::of)
                .or(() -> actors.byId(id).map(AccountTarget::of))
                .orElseThrow(() -> ServiceException.notFound("Account")));
    }

    /** The remote actor with this id; 404 when the id names none (a local author included). */
    public RemoteActor remote(long id) {
        return tx.call(() -> actors.byId(id).orElseThrow(() -> ServiceException.notFound("Account")));
    }

    /** Whether the author is an admin (blocks are the whole blog's, so only admins change them). */
    public boolean isAdmin(long accountId) {
        return tx.call(() -> accounts.byId(accountId).map(Account::isAdmin).orElse(false));
    }

    /** The caller's relationship with each id that names an account, in the order asked; unknown ids are left out. */
    public List<Relationship> of(long callerId, List<Long> ids) {
        return tx.call(() -> {
            Map<Long, RemoteActor> remote = new HashMap<>();
            List<Long> known = new ArrayList<>();
            for (long id : new LinkedHashSet<>(ids)) {
                Optional<RemoteActor> actor = actors.byId(id);
                if (actor.isPresent()) {
                    remote.put(id, actor.get());
                    known.add(id);
                } else if (accounts.byId(id).isPresent()) {
                    known.add(id);
                }
            }
            Set<String> uris = remote.values().stream().map(RemoteActor::uri).collect(Collectors.toSet());
            Map<String, Following> mine = following.of(key(callerId)).stream()
                    .filter(f -> uris.contains(f.remoteActorUri()))
                    .collect(Collectors.toMap(Following::remoteActorUri, f -> f, (a, b) -> a));
            Map<String, List<Follower>> theirs = followers.of(List.of(key(callerId), BLOG)).stream()
                    .filter(f -> uris.contains(f.remoteActorUri()))
                    .collect(Collectors.groupingBy(Follower::remoteActorUri));
            Map<String, AccountMute> muted = mutes.of(callerId, uris, clock.instant());
            Set<String> blockers = reports.blockersOf(key(callerId), uris);
            Map<Long, String> noted = own.notes().of(callerId, known);
            Set<Long> endorsed = own.endorsements().endorsed(callerId, remote.keySet());
            List<Relationship> out = new ArrayList<>();
            for (long id : known) {
                RemoteActor a = remote.get(id);
                if (a == null) {
                    out.add(Relationship.none(id).withNote(noted.getOrDefault(id, "")));
                    continue;
                }
                Following f = mine.get(a.uri());
                List<Follower> by = theirs.getOrDefault(a.uri(), List.of());
                AccountMute m = muted.get(a.uri());
                out.add(new Relationship(
                        id,
                        f != null && f.state() == FollowState.ACCEPTED,
                        f != null && f.state() == FollowState.PENDING,
                        by.stream().anyMatch(x -> x.state() == FollowState.ACCEPTED),
                        by.stream()
                                .anyMatch(x -> x.state() == FollowState.PENDING
                                        && x.localActor().equals(key(callerId))),
                        blocklist.blocksActorItself(a.uri()),
                        blockers.contains(a.uri()),
                        blocklist.blocksHost(a.host()),
                        m != null,
                        m != null && m.hideNotifications(),
                        f != null && f.notifying(),
                        endorsed.contains(id),
                        noted.getOrDefault(id, "")));
            }
            return out;
        });
    }

    /** One relationship; 404 when the id names no account. */
    public Relationship of(long callerId, long id) {
        return of(callerId, List.of(id)).stream().findFirst().orElseThrow(() -> ServiceException.notFound("Account"));
    }

    /**
     * Who follows the account: a local author's accepted remote followers, paged by follow row; for
     * a remote account, the blog's authors who follow it (all the blog knows of it, one page).
     */
    public <T> T followers(long id, IdRange range, Function<List<Listed>, T> view) {
        AccountTarget t = target(id);
        return tx.call(() -> view.apply(
                t.isRemote()
                        ? localAuthors(following.followersOf(t.remote().uri()).stream()
                                .filter(f -> f.state() == FollowState.ACCEPTED)
                                .map(Following::localActor)
                                .toList())
                        : remotes(followers.acceptedIn(key(id), range))));
    }

    /** Whom the account follows: a local author's accepted follows, paged; for a remote account, the blog's authors it follows. */
    public <T> T following(long id, IdRange range, Function<List<Listed>, T> view) {
        AccountTarget t = target(id);
        return tx.call(() -> view.apply(
                t.isRemote()
                        ? localAuthors(followers.byRemoteActor(t.remote().uri()).stream()
                                .filter(f -> f.state() == FollowState.ACCEPTED)
                                .map(Follower::localActor)
                                .toList())
                        : remotes(following.acceptedIn(key(id), range))));
    }

    /**
     * The accounts the caller follows that follow the author {@code id} (Mastodon's familiar
     * followers), at most {@link #FAMILIAR_MAX}. Authors never follow one another, and who follows a
     * remote account is not known here, so a remote account has none.
     */
    public <T> T familiarFollowers(long callerId, long id, Function<List<Listed>, T> view) {
        AccountTarget t = target(id);
        return tx.call(() -> {
            if (t.isRemote() || id == callerId) {
                return view.apply(List.of());
            }
            Set<String> mine = following.of(key(callerId)).stream()
                    .filter(f -> f.state() == FollowState.ACCEPTED)
                    .map(Following::remoteActorUri)
                    .collect(Collectors.toSet());
            // Every follower of theirs is looked at, not a first page, so none the caller follows is missed.
            IdRange all = new IdRange(null, null, null, Integer.MAX_VALUE);
            return view.apply(remotes(followers.acceptedIn(key(id), all).stream()
                    .filter(e -> mine.contains(e.remoteActorUri()))
                    .limit(FAMILIAR_MAX)
                    .toList()));
        });
    }

    /**
     * Follows of the caller (and of the blog, for an admin) that wait for approval, newest first,
     * paged by follower row.
     */
    public <T> T followRequests(long callerId, boolean admin, IdRange range, Function<List<Listed>, T> view) {
        return tx.call(() -> {
            List<String> owners = admin ? List.of(key(callerId), BLOG) : List.of(key(callerId));
            List<FollowerRepository.Edge> waiting = followers.of(owners).stream()
                    .filter(f -> f.state() == FollowState.PENDING)
                    .filter(f -> f.id() < range.below() && f.id() > range.above())
                    .limit(range.limit())
                    .map(f -> new FollowerRepository.Edge(f.id(), f.remoteActorUri()))
                    .toList();
            return view.apply(remotes(waiting));
        });
    }

    /**
     * The follower row of remote account {@code id} for the caller (or, for an admin, the blog)
     * that an approval or removal acts on; 404 when it does not follow nor ask to.
     */
    public long followerRow(long callerId, boolean admin, long id, boolean pendingOnly) {
        RemoteActor a = remote(id);
        return tx.call(() -> {
            List<String> owners = admin ? List.of(key(callerId), BLOG) : List.of(key(callerId));
            return followers.of(owners).stream()
                    .filter(f -> f.remoteActorUri().equals(a.uri()))
                    .filter(f -> !pendingOnly || f.state() == FollowState.PENDING)
                    .map(Follower::id)
                    .findFirst()
                    .orElseThrow(() -> ServiceException.notFound("Follow request"));
        });
    }

    /** The remote actors of these rows; one the actor cache does not hold (never fetched) is left out. */
    private List<Listed> remotes(Collection<FollowerRepository.Edge> edges) {
        Map<String, RemoteActor> known =
                actors
                        .byUris(edges.stream()
                                .map(FollowerRepository.Edge::remoteActorUri)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a));
        List<Listed> out = new ArrayList<>();
        for (FollowerRepository.Edge e : edges) {
            RemoteActor a = known.get(e.remoteActorUri());
            if (a != null) {
                out.add(new Listed(e.id(), AccountTarget.of(a)));
            }
        }
        return out;
    }

    private List<Listed> localAuthors(List<String> keys) {
        List<Listed> out = new ArrayList<>();
        for (String k : keys) {
            ActorKey.parse(k)
                    .filter(ActorKey::isAuthor)
                    .flatMap(a -> accounts.byId(a.accountId()))
                    .ifPresent(a -> out.add(new Listed(a.id(), AccountTarget.of(a))));
        }
        return out;
    }
}
