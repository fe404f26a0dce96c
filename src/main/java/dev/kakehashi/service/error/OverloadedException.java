package dev.kakehashi.service.error;

/** 503: an {@link AdmissionGate} is full; the answer carries {@code Retry-After}. */
public final class OverloadedException extends ServiceException {
    private final int retryAfterSeconds;

    public OverloadedException(String message, int retryAfterSeconds) {
        super(503, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
