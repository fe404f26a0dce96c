package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Follower;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.FollowerAdmin;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.Transactions;
import java.util.Comparator;
import java.util.List;

/** Approving and rejecting followers from the admin; each answer is queued to the follower. */
public final class FollowRequests implements FollowerAdmin {
    private final Transactions tx;
    private final FollowerRepository followers;
    private final FollowResponses responses;
    private final Runnable kickDelivery;

    public FollowRequests(
            Transactions tx, FollowerRepository followers, FollowResponses responses, Runnable kickDelivery) {
        this.tx = tx;
        this.followers = followers;
        this.responses = responses;
        this.kickDelivery = kickDelivery;
    }

    @Override
    public List<Row> list(long accountId, boolean admin) {
        List<Follower> rows = tx.call(() -> admin ? followers.all() : followers.of(List.of(own(accountId))));
        return rows.stream()
                .map(f -> new Row(
                        f.id(),
                        f.localActor(),
                        f.remoteActorUri(),
                        FollowerRepository.PENDING.equals(f.state()),
                        f.createdAt()))
                .sorted(Comparator.comparing((Row r) -> !r.pending()))
                .toList();
    }

    @Override
    public void approve(long followerId, long accountId, boolean admin) {
        tx.run(() -> {
            Follower f = manageable(followerId, accountId, admin);
            if (FollowerRepository.ACCEPTED.equals(f.state())) {
                return;
            }
            followers.accept(f.id());
            responses.queue(ActivityType.ACCEPT, ref(f.localActor()), f);
            tx.afterCommit(kickDelivery);
        });
    }

    @Override
    public void reject(long followerId, long accountId, boolean admin) {
        tx.run(() -> {
            Follower f = manageable(followerId, accountId, admin);
            followers.remove(f.id());
            responses.queue(ActivityType.REJECT, ref(f.localActor()), f);
            tx.afterCommit(kickDelivery);
        });
    }

    private Follower manageable(long followerId, long accountId, boolean admin) {
        return followers
                .byId(followerId)
                .filter(f -> admin || f.localActor().equals(own(accountId)))
                .orElseThrow(() -> ServiceException.notFound("Follower"));
    }

    private static String own(long accountId) {
        return ActorRef.author(accountId).key();
    }

    /** The local actor a stored key names ("blog", "account:12"). */
    static ActorRef ref(String key) {
        if (key.startsWith("account:")) {
            return ActorRef.author(Long.parseLong(key.substring("account:".length())));
        }
        return "instance".equals(key) ? ActorRef.INSTANCE : ActorRef.BLOG;
    }
}
