package dev.kakehashi.web.view;

/**
 * The "follow from your server" form: who is followed, what the reader typed, and what went wrong.
 *
 * @param author the followed author's username, or null for the whole blog
 * @param error a message to show next to the handle field, or null
 */
public record FollowView(String name, String url, String author, String handle, String error) {}
