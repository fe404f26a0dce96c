package dev.kakehashi.service;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.kakehashi.service.admission.AdmissionGate;
import dev.kakehashi.service.error.OverloadedException;
import java.time.Duration;

/**
 * Argon2id password hashes (OWASP's parameters: 19 MiB, 2 passes, 1 lane) through Password4j. Each
 * hash takes 19 MiB and a core for tens of milliseconds, so they run behind an {@link
 * AdmissionGate}: a flood of logins gets 503s, never an {@code OutOfMemoryError}.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;
    /**
     * Hashes that may run at once: one per two cores, at least 1 and at most 4 (76 MiB of Argon2
     * memory), so a flood of logins leaves CPU for everything else.
     */
    static final AdmissionGate HASHING = new AdmissionGate(
            "checking passwords", Math.max(1, AdmissionGate.slotsFromCores(8) / 2), Duration.ofMillis(500));

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);
    /** Checked against when the account does not exist, so both paths take the same time. */
    private static final String DUMMY = Password.hash("kakehashi-dummy-password")
            .addRandomSalt(16)
            .with(ARGON2)
            .getResult();

    private Passwords() {}

    /** @throws OverloadedException when too many hashes are running */
    public static String hash(String password) {
        return HASHING.call(
                () -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
    }

    /** @throws OverloadedException when too many hashes are running */
    public static boolean matches(String password, String hash) {
        return HASHING.call(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    /** Costs what {@link #matches} costs, through the same gate, for an account that does not exist. */
    public static void burnTime(String password) {
        matches(password, DUMMY);
    }
}
