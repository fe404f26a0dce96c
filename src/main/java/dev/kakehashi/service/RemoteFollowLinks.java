package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;

/**
 * Where to send a reader who wants to follow a local actor from their own server: the
 * remote-follow ("subscribe") page their server advertises through WebFinger. Implemented by the
 * federation layer, so the public blog does not depend on it.
 */
public interface RemoteFollowLinks {
    /**
     * The URL of the reader's server page that follows {@code targetUri}.
     *
     * @param handle what the reader typed: {@code @reader@their.server} or {@code reader@their.server}
     * @param targetUri the local actor to follow
     * @throws InvalidInputException (422) when {@code handle} is not a handle, or the server has no
     *     follow page
     * @throws ServiceException (502) when the reader's server cannot be reached or answers nonsense
     */
    String followPageFor(String handle, String targetUri);
}
