package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signatures as other software produces them: the draft-cavage-12 Appendix C test vector, and
 * requests shaped like Mastodon's, GoToSocial's and Misskey's, built by hand.
 */
class DraftCavageInteropTest {
    // draft-cavage-http-signatures-12, Appendix C: the "Test" key pair and request.
    private static final String TEST_PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\n"
            + "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDCFENGw33yGihy92pDjZQhl0C3\n"
            + "6rPJj+CvfSC8+q28hxA161QFNUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6\n"
            + "Z4UMR7EOcpfdUE9Hf3m/hs+FUR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJw\n"
            + "oYi+1hqp1fIekaxsyQIDAQAB\n"
            + "-----END PUBLIC KEY-----\n";
    private static final String TEST_PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\n"
            + "MIICXgIBAAKBgQDCFENGw33yGihy92pDjZQhl0C36rPJj+CvfSC8+q28hxA161QF\n"
            + "NUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6Z4UMR7EOcpfdUE9Hf3m/hs+F\n"
            + "UR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJwoYi+1hqp1fIekaxsyQIDAQAB\n"
            + "AoGBAJR8ZkCUvx5kzv+utdl7T5MnordT1TvoXXJGXK7ZZ+UuvMNUCdN2QPc4sBiA\n"
            + "QWvLw1cSKt5DsKZ8UETpYPy8pPYnnDEz2dDYiaew9+xEpubyeW2oH4Zx71wqBtOK\n"
            + "kqwrXa/pzdpiucRRjk6vE6YY7EBBs/g7uanVpGibOVAEsqH1AkEA7DkjVH28WDUg\n"
            + "f1nqvfn2Kj6CT7nIcE3jGJsZZ7zlZmBmHFDONMLUrXR/Zm3pR5m0tCmBqa5RK95u\n"
            + "412jt1dPIwJBANJT3v8pnkth48bQo/fKel6uEYyboRtA5/uHuHkZ6FQF7OUkGogc\n"
            + "mSJluOdc5t6hI1VsLn0QZEjQZMEOWr+wKSMCQQCC4kXJEsHAve77oP6HtG/IiEn7\n"
            + "kpyUXRNvFsDE0czpJJBvL/aRFUJxuRK91jhjC68sA7NsKMGg5OXb5I5Jj36xAkEA\n"
            + "gIT7aFOYBFwGgQAQkWNKLvySgKbAZRTeLBacpHMuQdl1DfdntvAyqpAZ0lY0RKmW\n"
            + "G6aFKaqQfOXKCyWoUiVknQJAXrlgySFci/2ueKlIE1QqIiLSZ8V8OlpFLRnb1pzI\n"
            + "7U1yQXnTAEFYM560yJlzUpOb1V4cScGd365tiSMvxLOvTA==\n"
            + "-----END RSA PRIVATE KEY-----\n";
    private static final String ALL_HEADERS_SIGNATURE =
            "vSdrb+dS3EceC9bcwHSo4MlyKS59iFIrhgYkz8+oVLEEzmYZZvRs8rgOp+63LEM3v+MFHB32NfpB2bEKBIvB1q52"
                    + "LaEUHFv120V01IL+TAD48XaERZFukWgHoBTLMhYS2Gb51gWxpeIq8knRmPnYePbF5MOkR0Zkly4zKH7s1dE=";
    private static final String BASIC_SIGNATURE =
            "qdx+H7PHHDZgy4y/Ahn9Tny9V3GP6YgBPyUXMmoxWtLbHpUnXS2mg2+SbrQDMCJypxBLSPQR2aAjn7ndmw2iicw3"
                    + "HMbe8VfEdKFYRqzic+efkb3nndiv/x1xSHDJWeSWkx3ButlYSuBskLu6kd9Fswtemr3lgdDEmn04swr2Os0=";
    private static final byte[] HELLO = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant SPEC_TIME = Instant.parse("2014-01-05T21:32:00Z");

    @Test
    void verifiesTheDraftCavageAllHeadersTestVector() {
        var verifier = specVerifier();
        var request = specRequest("keyId=\"Test\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date content-type digest content-length\","
                + "signature=\"" + ALL_HEADERS_SIGNATURE + "\"");

        assertThat(verifier.verify(request)).isEqualTo(new VerifiedSignature("https://spec.example/test", "Test"));
    }

    @Test
    void refusesTheDraftCavageBasicTestVectorBecauseAPostMustCoverItsDigest() {
        var request = specRequest("keyId=\"Test\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date\","
                + "signature=\"" + BASIC_SIGNATURE + "\"");

        assertThatThrownBy(() -> specVerifier().verify(request)).hasMessage("signature covers too little");
    }

    @Test
    void signingTheAllHeadersStringWithThePkcs1PrivateKeyReproducesTheSpecSignature() {
        String signingString = "(request-target): post /foo?param=value&pet=dog\n"
                + "host: example.com\n"
                + "date: Sun, 05 Jan 2014 21:31:40 GMT\n"
                + "content-type: application/json\n"
                + "digest: SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=\n"
                + "content-length: 18";
        byte[] signature = SignatureAlgorithm.RSA_SHA256.sign(Pem.decodePrivateKey(TEST_PRIVATE_KEY), signingString);

        assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(ALL_HEADERS_SIGNATURE);
    }

    @Test
    void acceptsMastodon43ShapedPostWithRequestTargetFirst() throws Exception {
        assertThat(verifyHandBuilt("(request-target) host date digest content-type", KEY_ID))
                .isEqualTo(BOB);
    }

    @Test
    void acceptsMastodon44ShapedPostWithRequestTargetLast() throws Exception {
        // Mastodon 4.4+ signs every header but User-Agent and Accept-Encoding, then merges (request-target) in last.
        assertThat(verifyHandBuilt("host date content-type digest (request-target)", KEY_ID))
                .isEqualTo(BOB);
    }

    @Test
    void acceptsGoToSocialShapedPostWithAKeyIdWithoutFragment() throws Exception {
        assertThat(verifyHandBuilt("(request-target) host date digest", "https://gts.example/users/bob/main-key"))
                .isEqualTo(BOB);
    }

    @Test
    void acceptsMisskeyShapedPostWithDateBeforeHost() throws Exception {
        assertThat(verifyHandBuilt("(request-target) date host digest", KEY_ID)).isEqualTo(BOB);
    }

    private static final String KEY_ID = "https://mastodon.example/users/bob#main-key";
    private static final String BOB = "https://mastodon.example/users/bob";

    /** Builds the signing string by hand, in the listed order, and signs it with the JDK directly. */
    private static String verifyHandBuilt(String covered, String keyId) throws Exception {
        Instant now = Instant.parse("2026-02-03T04:05:06Z");
        byte[] body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Like\"}"
                .getBytes(StandardCharsets.UTF_8);
        String digest = "SHA-256="
                + Base64.getEncoder()
                        .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(body));
        Map<String, String> values = Map.of(
                "(request-target)", "post /users/alice/inbox",
                "host", "blog.example",
                "date", "Tue, 03 Feb 2026 04:05:06 GMT",
                "digest", digest,
                "content-type", "application/activity+json");
        var lines = new StringBuilder();
        for (String name : covered.split(" ")) {
            lines.append(lines.length() == 0 ? "" : "\n")
                    .append(name)
                    .append(": ")
                    .append(values.get(name));
        }
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(TestKeys.ALICE.getPrivate());
        rsa.update(lines.toString().getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(rsa.sign());

        var headers = RequestHeaders.of(Map.of(
                "Host", List.of("blog.example"),
                "Date", List.of("Tue, 03 Feb 2026 04:05:06 GMT"),
                "Digest", List.of(digest),
                "Content-Type", List.of("application/activity+json"),
                "User-Agent", List.of("http.rb/5.2.0 (Mastodon/4.4.0; +https://mastodon.example/)"),
                "Signature",
                        List.of("keyId=\"" + keyId + "\",algorithm=\"rsa-sha256\",headers=\"" + covered
                                + "\",signature=\"" + signature + "\"")));
        var keys = new FakeKeys().cached(keyId, TestKeys.ALICE.getPublic(), BOB);
        var verifier = new SignatureVerifier(keys, new TestKeys.MovableClock(now.plusSeconds(3)));
        return verifier.verify(new IncomingRequest("POST", "/users/alice/inbox", headers, body))
                .actorId();
    }

    private static SignatureVerifier specVerifier() {
        PublicKey key = Pem.decodePublicKey(TEST_PUBLIC_KEY);
        return new SignatureVerifier(
                new FakeKeys().cached("Test", key, "https://spec.example/test"), new TestKeys.MovableClock(SPEC_TIME));
    }

    private static IncomingRequest specRequest(String signature) {
        var headers = RequestHeaders.of(
                "Host", "example.com",
                "Date", "Sun, 05 Jan 2014 21:31:40 GMT",
                "Content-Type", "application/json",
                "Digest", "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=",
                "Content-Length", "18",
                "Signature", signature);
        return new IncomingRequest("POST", "/foo?param=value&pet=dog", headers, HELLO);
    }
}
