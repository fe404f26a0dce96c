package dev.kakehashi.federation.inbox;

import dev.kakehashi.domain.Follower;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.FollowerAdmin;
import dev.kakehashi.service.FollowerService;
import java.util.Comparator;
import java.util.List;

/** Approving and rejecting followers from the admin, through {@link FollowerService}. */
public final class FollowerRequests implements FollowerAdmin {
    private final FollowerService followers;

    public FollowerRequests(FollowerService followers) {
        this.followers = followers;
    }

    @Override
    public List<Row> list(long accountId, boolean admin) {
        List<Follower> rows = followers.list(List.of(own(accountId)), admin);
        return rows.stream()
                .map(f -> new Row(f.id(), f.localActor(), f.remoteActorUri(), f.pending(), f.createdAt()))
                .sorted(Comparator.comparing((Row r) -> !r.pending()))
                .toList();
    }

    @Override
    public void approve(long followerId, long accountId, boolean admin) {
        followers.approve(followerId, own(accountId), admin);
    }

    @Override
    public void reject(long followerId, long accountId, boolean admin) {
        followers.reject(followerId, own(accountId), admin);
    }

    private static String own(long accountId) {
        return ActorRef.author(accountId).key();
    }

    /** The local actor a stored key names ("blog", "account:12"). */
    static ActorRef ref(String key) {
        return ActorRef.parseKey(key).orElse(ActorRef.BLOG);
    }
}
