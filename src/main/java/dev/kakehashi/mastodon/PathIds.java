package dev.kakehashi.mastodon;

/** An id in an API path or parameter: Mastodon's ids are positive numbers, and anything else names nothing. */
public final class PathIds {
    private PathIds() {}

    /** The id {@code raw} names; a 404 ("Record not found") when it is not a positive number. */
    public static long of(String raw) {
        try {
            long n = Long.parseLong(raw.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // the 404 below
        }
        throw MastodonErrors.notFound();
    }
}
