package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestsTest {
    // The draft-cavage and RFC 9530 examples both digest this body.
    private static final byte[] HELLO = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
    private static final String HELLO_SHA256 = "X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=";

    @Test
    void writesBothHeaderForms() {
        assertThat(Digests.digestHeader(HELLO)).isEqualTo("SHA-256=" + HELLO_SHA256);
        assertThat(Digests.contentDigestHeader(HELLO)).isEqualTo("sha-256=:" + HELLO_SHA256 + ":");
    }

    @Test
    void readsDigestWithAnyAlgorithmCaseAndOtherAlgorithmsListed() {
        assertThatCode(() -> Digests.checkDigest("sha-256=" + HELLO_SHA256, HELLO))
                .doesNotThrowAnyException();
        assertThatCode(() -> Digests.checkDigest("MD5=HUXZLQLMuI/KZ5KDcJPcOA==, SHA-256=" + HELLO_SHA256, HELLO))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesADigestOfOtherBytes() {
        byte[] reserialized = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Digests.checkDigest("SHA-256=" + HELLO_SHA256, reserialized))
                .hasMessage("digest mismatch");
        assertThatThrownBy(() -> Digests.checkContentDigest("sha-256=:" + HELLO_SHA256 + ":", reserialized))
                .hasMessage("digest mismatch");
    }

    @Test
    void refusesDigestsWithoutSha256() {
        assertThatThrownBy(() -> Digests.checkDigest("SHA-512=abc", HELLO)).hasMessage("unsupported digest");
        assertThatThrownBy(() -> Digests.checkContentDigest("sha-512=:AAAA:", HELLO))
                .hasMessage("unsupported digest");
    }

    @Test
    void readsContentDigestAsAStructuredDictionary() {
        assertThatCode(() -> Digests.checkContentDigest("sha-512=:AAAA:, sha-256=:" + HELLO_SHA256 + ":", HELLO))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Digests.checkContentDigest("sha-256=" + HELLO_SHA256, HELLO))
                .hasMessage("malformed digest");
        assertThatThrownBy(() -> Digests.checkContentDigest("sha-256=\"" + HELLO_SHA256 + "\"", HELLO))
                .hasMessage("malformed digest");
    }
}
