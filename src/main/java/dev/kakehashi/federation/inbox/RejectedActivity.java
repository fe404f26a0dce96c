package dev.kakehashi.federation.inbox;

/** An activity that is well-formed but not acceptable (not ours, not allowed): logged, never retried. */
public final class RejectedActivity extends RuntimeException {
    public RejectedActivity(String reason) {
        super(reason);
    }
}
