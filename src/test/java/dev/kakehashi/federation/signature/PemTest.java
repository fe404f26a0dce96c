package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemTest {
    @Test
    void publicAndPrivateKeysSurviveARoundTrip() {
        String publicPem = Pem.encodePublicKey(TestKeys.ALICE.getPublic());
        String privatePem = Pem.encodePrivateKey(TestKeys.ALICE.getPrivate());

        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(publicPem.lines()).allMatch(line -> line.length() <= 64);
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Pem.decodePublicKey(publicPem)).isEqualTo(TestKeys.ALICE.getPublic());
        assertThat(Pem.decodePrivateKey(privatePem)).isEqualTo(TestKeys.ALICE.getPrivate());
    }

    @Test
    void readsAPkcs1RsaPublicKey() {
        // An RSA-2048 SPKI is a fixed 24-byte header followed by the PKCS#1 RSAPublicKey.
        byte[] spki = TestKeys.ALICE.getPublic().getEncoded();
        byte[] pkcs1 = Arrays.copyOfRange(spki, 24, spki.length);
        assertThat(pkcs1[0]).isEqualTo((byte) 0x30);
        String pem = "-----BEGIN RSA PUBLIC KEY-----\r\n"
                + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\r\n-----END RSA PUBLIC KEY-----";

        PublicKey key = Pem.decodePublicKey(pem);

        assertThat(key).isEqualTo(TestKeys.ALICE.getPublic());
    }

    @Test
    void toleratesTextAroundTheBlockAndExtraWhitespace() {
        String pem = "key:\n" + Pem.encodePublicKey(TestKeys.ALICE.getPublic()).replace("\n", " \n ") + "trailer";
        assertThat(Pem.decodePublicKey(pem)).isEqualTo(TestKeys.ALICE.getPublic());
    }

    @Test
    void refusesWhatIsNotAKey() {
        assertThatThrownBy(() -> Pem.decodePublicKey(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pem.decodePublicKey("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pem.decodePublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pem.decodePublicKey(Pem.encodePrivateKey(TestKeys.ALICE.getPrivate())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pem.decodePrivateKey(Pem.encodePublicKey(TestKeys.ALICE.getPublic())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
