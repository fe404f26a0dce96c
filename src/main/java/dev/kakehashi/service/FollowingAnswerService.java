package dev.kakehashi.service;

import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Following;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * Remote servers answering the follows of ours (the other direction from {@link FollowerService}):
 * an Accept makes the follow ACCEPTED; a Reject, before or after an Accept (Mastodon sends it when
 * they remove us as a follower), removes it. The follow is found by the Follow's id when the peer
 * echoes it, else by (their actor, our actor), else as their one follow of ours still pending: some
 * servers answer with a Follow id of their own, so the id is a hint, not a requirement.
 */
public final class FollowingAnswerService {
    /**
     * What an answer names.
     *
     * @param from the answering remote actor
     * @param followId the Follow's id as the answer names it, or null
     * @param localActor the key of our actor it answers (from the embedded Follow or the inbox it came
     *     to), or null
     */
    public record Answer(String from, String followId, String localActor) {}

    private final Transactions tx;
    private final FollowingRepository following;

    public FollowingAnswerService(Transactions tx, FollowingRepository following) {
        this.tx = tx;
        this.following = following;
    }

    /**
     * The follow answered becomes ACCEPTED.
     *
     * @return the follow, or empty when none of ours matches
     * @throws ServiceException 403 when the Follow's id names a follow of another actor
     */
    public Optional<Following> accepted(Answer answer) {
        return tx.call(() -> {
            Optional<Following> row = match(answer);
            row.ifPresent(r -> following.accept(r.localActor(), r.remoteActorUri()));
            return row;
        });
    }

    /**
     * The follow answered is removed.
     *
     * @return the follow, or empty when none of ours matches
     * @throws ServiceException 403 when the Follow's id names a follow of another actor
     */
    public Optional<Following> rejected(Answer answer) {
        return tx.call(() -> {
            Optional<Following> row = match(answer);
            row.ifPresent(r -> following.remove(r.localActor(), r.remoteActorUri()));
            return row;
        });
    }

    private Optional<Following> match(Answer answer) {
        String them = answer.from();
        Optional<Following> byId =
                answer.followId() == null ? Optional.empty() : following.byFollowActivity(answer.followId());
        if (byId.isPresent()) {
            if (!byId.get().remoteActorUri().equals(them)) {
                throw ServiceException.forbidden(
                        them + " cannot answer a follow of " + byId.get().remoteActorUri());
            }
            return byId;
        }
        if (answer.localActor() != null) {
            return following.find(answer.localActor(), them);
        }
        List<Following> pending = following.followersOf(them).stream()
                .filter(r -> r.state() == FollowState.PENDING)
                .toList();
        return pending.size() == 1 ? Optional.of(pending.get(0)) : Optional.empty();
    }
}
