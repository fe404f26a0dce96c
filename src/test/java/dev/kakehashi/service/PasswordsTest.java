package dev.kakehashi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    private static final Argon2Function PASSWORD4J = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);

    @Test
    void hashStoredByPassword4jStillMatches() {
        String stored =
                Password.hash("grüße-aus-東京").addRandomSalt(16).with(PASSWORD4J).getResult();

        assertTrue(Passwords.matches("grüße-aus-東京", stored));
        assertFalse(Passwords.matches("grüsse-aus-東京", stored));
    }

    @Test
    void newHashIsReadByPassword4jAsTheSameArgon2id() {
        String stored = Passwords.hash("correct horse battery staple");

        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertTrue(Password.check("correct horse battery staple", stored)
                .with(Argon2Function.getInstanceFromHash(stored)));
        assertEquals(stored, Argon2Phc.parse(stored).orElseThrow().encoded());
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        assertNotEquals(Passwords.hash("same password"), Passwords.hash("same password"));
    }

    @Test
    void noPasswordMatchesTheUnusableMarker() {
        assertFalse(Passwords.matches("!no-password", Passwords.UNUSABLE));
        assertFalse(Passwords.matches("", Passwords.UNUSABLE));
    }

    @Test
    void aStoredValueThatIsNoArgon2idHashMatchesNothing() {
        assertFalse(Passwords.matches("secret", "$2a$10$abcdefghijklmnopqrstuv"));
        assertFalse(Passwords.matches("secret", "$argon2id$v=19$m=19456,t=2,p=1$!!$!!"));
    }

    @Test
    void checksAreRightWhileTheWarmUpAfterStartIsRunning() throws Exception {
        String stored = Passwords.hash("right password");
        Thread warmUp = new Thread(Passwords::warmUp);
        warmUp.start();

        assertFalse(Passwords.matches("any password", Passwords.UNUSABLE));
        assertTrue(Passwords.matches("right password", stored));
        assertFalse(Passwords.matches("wrong password", stored));
        warmUp.join();
        assertFalse(Passwords.matches("kakehashi-dummy-password", Passwords.UNUSABLE));
    }
}
