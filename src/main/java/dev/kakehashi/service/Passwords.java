package dev.kakehashi.service;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes (OWASP's parameters: 19 MiB, 2 passes, 1 lane) through Password4j. */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);
    /** Checked against when the account does not exist, so both paths take the same time. */
    private static final String DUMMY = hash("kakehashi-dummy-password");

    private Passwords() {}

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    public static void burnTime(String password) {
        matches(password, DUMMY);
    }
}
