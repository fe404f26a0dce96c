package dev.kakehashi.service;

/** Turns {@code @user@host} into that account's actor URL; implemented with WebFinger. */
public interface HandleResolver {
    /**
     * @param field the form field to blame in an {@link InvalidInputException}
     * @throws InvalidInputException when it is not a handle or no such account exists
     * @throws ServiceException 502 when its server cannot be asked
     */
    String actorUrl(String handle, String field);
}
