package dev.kakehashi.service;

import dev.kakehashi.service.admission.AdmissionGate;
import dev.kakehashi.service.error.OverloadedException;
import java.time.Duration;

/**
 * Argon2id password hashes (OWASP's parameters: 19 MiB, 2 passes, 1 lane; {@link Argon2Phc}). Each
 * hash takes 19 MiB and a core for tens of milliseconds, so they run behind an {@link
 * AdmissionGate}: a flood of logins gets 503s, never an {@code OutOfMemoryError}. The memory is
 * the hash's own and garbage after it: an idle blog holds none.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;
    /**
     * Stored for an account that has no password of its own yet (an author created by the
     * WordPress importer): no password matches it, checking it costs what a wrong password costs,
     * and storing it costs no hash. A password reset gives the account a real one.
     */
    public static final String UNUSABLE = "!no-password";
    /**
     * Hashes that may run at once: one per two cores, at least 1 and at most 4 (76 MiB of Argon2
     * memory), so a flood of logins leaves CPU for everything else.
     */
    static final AdmissionGate HASHING = new AdmissionGate(
            "checking passwords", Math.max(1, AdmissionGate.slotsFromCores(8) / 2), Duration.ofMillis(500));

    private static final int MEMORY_KIB = 19456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;

    private Passwords() {}

    /**
     * Checked against when the account does not exist or has no password, so every path takes the
     * same time. Made when first needed or by {@link #warmUp}, which start-up calls on a background
     * thread at its end: the first page does not wait for it, and the first log-in after a start
     * usually neither makes it nor runs a cold hash (one that comes sooner waits for it or runs
     * alongside, as right as ever).
     */
    private static final class Dummy {
        static final Argon2Phc HASH = Argon2Phc.of("kakehashi-dummy-password", MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    /** Makes the timing dummy hash (and so runs the hashing code once) outside the hashing gate. */
    public static void warmUp() {
        Dummy.HASH.encoded();
    }

    /** @throws OverloadedException when too many hashes are running */
    public static String hash(String password) {
        return HASHING.call(() ->
                Argon2Phc.of(password, MEMORY_KIB, ITERATIONS, PARALLELISM).encoded());
    }

    /**
     * Whether {@code password} is the one stored as {@code hash}; never for {@link #UNUSABLE} or
     * anything else that is not an Argon2id hash, which costs the same time all the same.
     *
     * @throws OverloadedException when too many hashes are running
     */
    public static boolean matches(String password, String hash) {
        return HASHING.call(() -> Argon2Phc.parse(hash)
                .map(stored -> stored.matches(password))
                .orElseGet(() -> {
                    Dummy.HASH.matches(password);
                    return false;
                }));
    }

    /** Costs what {@link #matches} costs, through the same gate, for an account that does not exist. */
    public static void burnTime(String password) {
        HASHING.call(() -> Dummy.HASH.matches(password));
    }
}
