package dev.kakehashi.service;

import dev.kakehashi.service.error.ServiceException;
import java.time.Instant;
import java.util.List;

/**
 * The admin's view of remote followers, implemented by the federation layer (approving queues an
 * Accept, rejecting a Reject). Admins manage every local actor's followers, authors their own.
 */
public interface FollowerAdmin {
    /** One follower or follow request, as the admin lists it. */
    record Row(long id, String localActor, String remoteActorUri, boolean pending, Instant since) {}

    /** The followers the signed-in account may manage, requests first, newest first. */
    List<Row> list(long accountId, boolean admin);

    /**
     * Accepts a waiting request and sends the Accept.
     *
     * @throws ServiceException 404 when there is no such follower the account may manage
     */
    void approve(long followerId, long accountId, boolean admin);

    /**
     * Removes the follower (a request or an accepted one) and sends a Reject.
     *
     * @throws ServiceException 404 when there is no such follower the account may manage
     */
    void reject(long followerId, long accountId, boolean admin);
}
