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
 * AdmissionGate}: a flood of logins gets 503s, never an {@code OutOfMemoryError}. Password4j also
 * keeps a zeroed 19 MiB template per parameter set for the life of the JVM once it is first asked
 * for one, so nothing here asks before the first password is hashed or checked.
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

    /**
     * Checked against when the account does not exist, so both paths take the same time: the hash
     * of "kakehashi-dummy-password" with {@link #argon2()}'s parameters, written down instead of
     * computed, so start-up spends no hash on it.
     */
    static final String DUMMY =
            "$argon2id$v=19$m=19456,t=2,p=1$civxltOxaELMapjGPJfOmQ$eEsTvNkDp5Hee+XQ0LdTbNe2pjo95rCjqbdk2GLGGzE";

    private Passwords() {}

    /** @throws OverloadedException when too many hashes are running */
    public static String hash(String password) {
        return HASHING.call(
                () -> Password.hash(password).addRandomSalt(16).with(argon2()).getResult());
    }

    /** @throws OverloadedException when too many hashes are running */
    public static boolean matches(String password, String hash) {
        return HASHING.call(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    /** Password4j keeps one instance per parameter set, made on the first call. */
    static Argon2Function argon2() {
        return Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);
    }

    /** Costs what {@link #matches} costs, through the same gate, for an account that does not exist. */
    public static void burnTime(String password) {
        matches(password, DUMMY);
    }
}
