package dev.kakehashi.service.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static SecretBox box(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return new SecretBox(new SecretKeySpec(key, "AES"));
    }

    @Test
    void aSealedSecretHidesItsTextFitsTheColumnAndOpensForItsOwner() {
        String sealed = box(1).seal(42, SECRET);
        assertThat(sealed).startsWith("gcm1:").doesNotContain(SECRET).hasSizeLessThanOrEqualTo(200);
        assertThat(box(1).open(42, sealed)).isEqualTo(SECRET);
        assertThat(box(1).seal(42, SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void itDoesNotOpenForAnotherRowOrWithAnotherKeyOrWhenTamperedWith() {
        String sealed = box(1).seal(42, SECRET);
        assertThatThrownBy(() -> box(1).open(43, sealed)).isInstanceOf(SecretBox.SecretBoxException.class);
        assertThatThrownBy(() -> box(2).open(42, sealed)).isInstanceOf(SecretBox.SecretBoxException.class);
        char last = sealed.charAt(sealed.length() - 1);
        String tampered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> box(1).open(42, tampered)).isInstanceOf(SecretBox.SecretBoxException.class);
        assertThatThrownBy(() -> box(1).open(42, "gcm1:%%")).isInstanceOf(SecretBox.SecretBoxException.class);
    }

    @Test
    void aSecretStoredInClearByAnOlderVersionReadsAsItIs() {
        assertThat(SecretBox.isSealed(SECRET)).isFalse();
        assertThat(box(1).open(42, SECRET)).isEqualTo(SECRET);
    }
}
