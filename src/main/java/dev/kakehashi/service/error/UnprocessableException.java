package dev.kakehashi.service.error;

/**
 * A 422 whose message is a whole sentence of its own rather than a field's error (Mastodon's
 * {@code Mastodon::ValidationError}): the Mastodon API answers it as it is, without "Validation
 * failed: ".
 */
public final class UnprocessableException extends ServiceException {
    public UnprocessableException(String message) {
        super(422, message);
    }
}
