package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;

/** Turns {@code @user@host} into that account's actor URL; implemented with WebFinger. */
public interface HandleResolver {
    /**
     * @param field the form field to blame in an {@link InvalidInputException}
     * @throws InvalidInputException when it is not a handle or no such account exists
     * @throws ServiceException 502 when its server cannot be asked
     */
    String actorUrl(String handle, String field);
}
