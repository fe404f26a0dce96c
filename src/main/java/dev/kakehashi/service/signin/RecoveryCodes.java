package dev.kakehashi.service.signin;

import dev.kakehashi.service.AuthService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-use recovery codes: 16 random Base32 characters (80 bits) shown as four groups of four.
 * That much randomness makes a plain SHA-256 enough to store them.
 */
final class RecoveryCodes {
    static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < 16; c++) {
                if (c > 0 && c % 4 == 0) {
                    b.append('-');
                }
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(b.toString());
        }
        return codes;
    }

    /** Dashes, spaces and case do not matter when a code is typed back. */
    static String normalize(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean looksLikeOne(String typed) {
        return normalize(typed).matches("[A-Z0-9]{16}");
    }

    static String hash(String code) {
        return AuthService.hash(normalize(code));
    }
}
