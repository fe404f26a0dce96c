package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.IdRange;
import java.time.Instant;
import java.util.List;

/**
 * Blocking remote actors and whole domains, for admins; implemented by the federation layer, which
 * resolves handles and stops delivery.
 */
public interface BlockAdmin {
    /** One block as the admin page lists it; {@code domain} false for an actor block. */
    record Row(long id, boolean domain, String target, String reason, Instant since) {}

    /** What a new block did at once, for the admin's notice. */
    record Effect(String target, int followersRemoved, int commentsHidden, int deliveriesCancelled) {}

    /** Every block, newest first. */
    List<Row> list();

    /** The actor blocks ({@code domain} false) or domain blocks in a range of ids, in its order. */
    List<Row> page(boolean domain, IdRange range);

    /**
     * Blocks one actor, typed as {@code @user@host} (resolved with WebFinger) or an actor URL: its
     * activities and follows are refused, it stops following, nothing more is delivered to it and its
     * comments are hidden.
     *
     * @throws InvalidInputException 422 on field {@code actor} for what cannot be an actor
     * @throws ServiceException 409 when it is blocked already, 502 when its server cannot be asked
     */
    Effect blockActor(String typed, String reason);

    /**
     * Blocks a domain and its subdomains, with the same effects for every actor on them.
     *
     * @throws InvalidInputException 422 on field {@code domain} for what is not a domain, or ours
     * @throws ServiceException 409 when it is blocked already
     */
    Effect blockDomain(String typed, String reason);

    /**
     * Lifts a block: activities are accepted again and the hidden comments shown again (unless
     * another block still covers them). Former followers have to follow again.
     *
     * @throws ServiceException 404 when there is no such block
     */
    void lift(long id);
}
