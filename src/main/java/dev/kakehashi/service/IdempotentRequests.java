package dev.kakehashi.service;

import dev.kakehashi.store.IdempotencyRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * An app's {@code Idempotency-Key}: the same key from the same author within an hour answers the
 * status the first request made, instead of posting it again. The key is stored hashed, in the
 * same unit of work as the post, so a post and its key are kept or lost together.
 */
public final class IdempotentRequests {
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int MAX_KEY_LENGTH = 500;

    private final Transactions tx;
    private final IdempotencyRepository keys;
    private final Clock clock;

    public IdempotentRequests(Transactions tx, IdempotencyRepository keys, Clock clock) {
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The id {@code make} returns, or, when {@code key} was used by the author in the last hour,
     * the id it returned then. A blank key makes every time.
     */
    public long once(long accountId, String key, LongSupplier make) {
        if (key == null || key.isBlank()) {
            return make.getAsLong();
        }
        String hash = AuthService.hash(key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key);
        return tx.call(() -> {
            Instant now = clock.instant();
            var earlier = keys.statusFor(accountId, hash, now.minus(WINDOW));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            long id = make.getAsLong();
            keys.remember(accountId, hash, id, now, now.minus(WINDOW));
            return id;
        });
    }
}
