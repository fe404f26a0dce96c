package dev.kakehashi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void writtenDownDummyHashCostsWhatANewHashCosts() {
        Argon2Function dummy = Argon2Function.getInstanceFromHash(Passwords.DUMMY);
        Argon2Function fresh = Argon2Function.getInstanceFromHash(Passwords.hash("a-new-password-1"));
        assertEquals(fresh.getMemory(), dummy.getMemory());
        assertEquals(fresh.getIterations(), dummy.getIterations());
        assertEquals(fresh.getParallelism(), dummy.getParallelism());
        assertEquals(fresh.getOutputLength(), dummy.getOutputLength());
        assertEquals(fresh.getVariant(), dummy.getVariant());
        assertEquals(fresh.getVersion(), dummy.getVersion());
    }

    @Test
    void dummyHashIsARealHashOfItsPassword() {
        assertTrue(Passwords.matches("kakehashi-dummy-password", Passwords.DUMMY));
        assertFalse(Passwords.matches("anything-else-1", Passwords.DUMMY));
    }
}
