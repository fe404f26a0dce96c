package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenbytes.http.sfv.InnerList;
import org.greenbytes.http.sfv.Parser;
import org.junit.jupiter.api.Test;

/**
 * RFC 9421 requests as Fedify and Mastodon (double-knock) send them, each signature base written out
 * by hand in the test and signed with the JDK directly.
 */
class Rfc9421VerifierTest {
    private static final String KEY_ID = "https://fedify.example/users/alice#main-key";
    private static final String ALICE = "https://fedify.example/users/alice";
    private static final long CREATED = 1_772_366_400L; // 2026-03-01T12:00:00Z
    private static final byte[] BODY = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);

    private final TestKeys.MovableClock clock = new TestKeys.MovableClock(Instant.ofEpochSecond(CREATED + 2));
    private final FakeKeys keys = new FakeKeys().cached(KEY_ID, TestKeys.ALICE.getPublic(), ALICE);
    private final SignatureVerifier verifier = new SignatureVerifier(keys, clock);

    @Test
    void acceptsAFedifyShapedPost() throws Exception {
        var headers = fedifyPost(BODY);

        assertThat(verifier.verify(new IncomingRequest("POST", "/actor/inbox", RequestHeaders.of(headers), BODY)))
                .isEqualTo(new VerifiedSignature(ALICE, KEY_ID));
    }

    @Test
    void acceptsAMastodonDoubleKnockPost() throws Exception {
        String params =
                "(\"@method\" \"@target-uri\" \"content-digest\");created=" + CREATED + ";keyid=\"" + KEY_ID + "\"";
        String base = "\"@method\": POST\n"
                + "\"@target-uri\": https://blog.example/actor/inbox\n"
                + "\"content-digest\": " + contentDigest(BODY) + "\n"
                + "\"@signature-params\": " + params;
        var headers = headers(
                "Host",
                "blog.example",
                "Content-Digest",
                contentDigest(BODY),
                "Signature-Input",
                "sig1=" + params,
                "Signature",
                "sig1=:" + rsaSign(base) + ":");

        assertThat(verifier.verify(new IncomingRequest("POST", "/actor/inbox", RequestHeaders.of(headers), BODY))
                        .actorId())
                .isEqualTo(ALICE);
    }

    @Test
    void acceptsASignedGetCoveringAuthorityPathAndQuery() throws Exception {
        String params = "(\"@method\" \"@authority\" \"@path\" \"@query\");created=" + CREATED + ";keyid=\"" + KEY_ID
                + "\";alg=\"rsa-v1_5-sha256\"";
        String base = "\"@method\": GET\n"
                + "\"@authority\": blog.example\n"
                + "\"@path\": /actor/outbox\n"
                + "\"@query\": ?page=true&max_id=9\n"
                + "\"@signature-params\": " + params;
        var headers = headers(
                "Host", "Blog.Example:443",
                "Signature-Input", "sig1=" + params,
                "Signature", "sig1=:" + rsaSign(base) + ":");

        var request = new IncomingRequest("GET", "/actor/outbox?page=true&max_id=9", RequestHeaders.of(headers), null);
        assertThat(verifier.verify(request).actorId()).isEqualTo(ALICE);
    }

    @Test
    void refusesATamperedBodyAsADigestMismatch() throws Exception {
        var headers = fedifyPost(BODY);
        byte[] tampered = "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8);

        assertRefused(
                new IncomingRequest("POST", "/actor/inbox", RequestHeaders.of(headers), tampered), "digest mismatch");
    }

    @Test
    void refusesATamperedCoveredComponent() throws Exception {
        var headers = fedifyPost(BODY);
        assertRefused(new IncomingRequest("POST", "/other/inbox", RequestHeaders.of(headers), BODY), "bad signature");

        headers.put("Date", List.of("Sun, 01 Mar 2026 12:00:01 GMT"));
        assertRefused(new IncomingRequest("POST", "/actor/inbox", RequestHeaders.of(headers), BODY), "bad signature");
    }

    @Test
    void refusesAStaleOrFutureCreated() throws Exception {
        var request = new IncomingRequest("POST", "/actor/inbox", RequestHeaders.of(fedifyPost(BODY)), BODY);

        clock.set(Instant.ofEpochSecond(CREATED).plus(Duration.ofMinutes(66)));
        assertRefused(request, "date out of window");
        clock.set(Instant.ofEpochSecond(CREATED).minus(Duration.ofMinutes(61)));
        assertRefused(request, "date out of window");
    }

    @Test
    void refusesAPassedExpires() throws Exception {
        String params = "(\"@method\" \"@target-uri\");created=" + CREATED + ";expires=" + (CREATED + 10) + ";keyid=\""
                + KEY_ID + "\"";
        String base = "\"@method\": GET\n\"@target-uri\": https://blog.example/actor\n\"@signature-params\": " + params;
        var request = new IncomingRequest(
                "GET",
                "/actor",
                RequestHeaders.of(headers(
                        "Host",
                        "blog.example",
                        "Signature-Input",
                        "sig1=" + params,
                        "Signature",
                        "sig1=:" + rsaSign(base) + ":")),
                null);

        assertThat(verifier.verify(request).actorId()).isEqualTo(ALICE);
        clock.set(Instant.ofEpochSecond(CREATED + 10).plus(Duration.ofMinutes(61)));
        assertRefused(request, "date out of window");
    }

    @Test
    void refusesASignatureWithoutCreated() throws Exception {
        assertRefused(getSignedWith("(\"@method\" \"@target-uri\");keyid=\"" + KEY_ID + "\""), "missing created");
    }

    @Test
    void refusesAnUnsupportedAlgorithm() throws Exception {
        assertRefused(
                getSignedWith("(\"@method\" \"@target-uri\");created=" + CREATED + ";keyid=\"" + KEY_ID
                        + "\";alg=\"rsa-pss-sha512\""),
                "unsupported algorithm");
    }

    @Test
    void refusesASignatureThatDoesNotCoverMethodAndTarget() throws Exception {
        assertRefused(
                getSignedWith("(\"@target-uri\");created=" + CREATED + ";keyid=\"" + KEY_ID + "\""),
                "signature covers too little");
        assertRefused(
                getSignedWith("(\"@method\" \"@path\");created=" + CREATED + ";keyid=\"" + KEY_ID + "\""),
                "signature covers too little");
    }

    @Test
    void refusesAPostWhoseSignatureDoesNotCoverContentDigest() throws Exception {
        String params = "(\"@method\" \"@target-uri\");created=" + CREATED + ";keyid=\"" + KEY_ID + "\"";
        String base = "\"@method\": POST\n\"@target-uri\": https://blog.example/actor/inbox\n\"@signature-params\": "
                + params;
        var headers = headers(
                "Host",
                "blog.example",
                "Content-Digest",
                contentDigest(BODY),
                "Signature-Input",
                "sig1=" + params,
                "Signature",
                "sig1=:" + rsaSign(base) + ":");

        assertRefused(
                new IncomingRequest("POST", "/actor/inbox", RequestHeaders.of(headers), BODY),
                "signature covers too little");
    }

    @Test
    void findsARotatedKeyByRefetchingOnce() throws Exception {
        keys.cached(KEY_ID, TestKeys.MALLORY.getPublic(), ALICE).remote(KEY_ID, TestKeys.ALICE.getPublic(), ALICE);

        var request = new IncomingRequest("POST", "/actor/inbox", RequestHeaders.of(fedifyPost(BODY)), BODY);
        assertThat(verifier.verify(request).actorId()).isEqualTo(ALICE);
        assertThat(keys.calls).containsExactly(KEY_ID + " cached", KEY_ID + " refresh");
    }

    @Test
    void malformedStructuredFieldsOnlyEverRaiseSignatureException() throws Exception {
        String goodInput = "sig1=(\"@method\" \"@target-uri\");created=" + CREATED + ";keyid=\"" + KEY_ID + "\"";
        String[][] cases = {
            {"sig1=(\"@method\"", "sig1=:AAAA:"},
            {goodInput, "sig2=:AAAA:"},
            {goodInput, "sig1=\"not bytes\""},
            {goodInput, "sig1=:###:"},
            {"sig1=\"@method\"", "sig1=:AAAA:"},
            {"sig1=(\"@method\" \"@target-uri\");created=\"soon\";keyid=\"x\"", "sig1=:AAAA:"},
            {"sig1=(\"@method\" \"@target-uri\");created=1;keyid=x", "sig1=:AAAA:"},
            {"sig1=(\"@method\" \"@target-uri\");created=" + CREATED, "sig1=:AAAA:"},
            {
                "sig1=(\"@method\" \"@target-uri\" \"@query-param\";name=\"a\");created=" + CREATED + ";keyid=\"x\"",
                "sig1=:AAAA:"
            },
            {
                "sig1=(\"@method\" \"@target-uri\" \"signature\";key=\"sig1\");created=" + CREATED + ";keyid=\"x\"",
                "sig1=:AAAA:"
            },
            {"sig1=(\"@method\" \"@target-uri\" \"@status\");created=" + CREATED + ";keyid=\"x\"", "sig1=:AAAA:"},
            {"sig1=(\"@method\" \"@target-uri\" \"X-Upper\");created=" + CREATED + ";keyid=\"x\"", "sig1=:AAAA:"},
            {"sig1=(\"@method\" \"@target-uri\" \"x-absent\");created=" + CREATED + ";keyid=\"x\"", "sig1=:AAAA:"},
            {"", ""},
            {"\u00e9", "\u00e9"},
        };
        for (String[] c : cases) {
            var request = new IncomingRequest(
                    "GET",
                    "/actor",
                    RequestHeaders.of("Host", "blog.example", "Signature-Input", c[0], "Signature", c[1]),
                    null);
            assertThatThrownBy(() -> verifier.verify(request))
                    .as(c[0] + " / " + c[1])
                    .isInstanceOf(SignatureException.class);
        }
        var badDigest = RequestHeaders.of("Content-Digest", "sha-256=:not-base64", "Signature-Input", goodInput);
        assertThatThrownBy(() -> verifier.verify(new IncomingRequest("POST", "/inbox", badDigest, BODY)))
                .hasMessage("malformed digest");
    }

    /** RFC 9421 Appendix B.2.6: the signature base and the Ed25519 signature as the RFC prints them. */
    @Test
    void rebuildsTheRfc9421Ed25519ExampleSignatureBase() throws Exception {
        String input = "(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" \"content-length\")"
                + ";created=1618884473;keyid=\"test-key-ed25519\"";
        var request = new IncomingRequest(
                "POST",
                "/foo?param=Value&Pet=dog",
                RequestHeaders.of(
                        "Host", "example.com",
                        "Date", "Tue, 20 Apr 2021 02:07:55 GMT",
                        "Content-Type", "application/json",
                        "Content-Length", "18"),
                "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8));

        String base = Rfc9421Verifier.signatureBase(request, (InnerList) Parser.parseInnerList(input));

        assertThat(base)
                .isEqualTo("\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n"
                        + "\"@method\": POST\n"
                        + "\"@path\": /foo\n"
                        + "\"@authority\": example.com\n"
                        + "\"content-type\": application/json\n"
                        + "\"content-length\": 18\n"
                        + "\"@signature-params\": " + input);
        byte[] signature = Base64.getDecoder()
                .decode("wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==");
        assertThat(SignatureAlgorithm.ED25519.verify(rfcEd25519Key(), base, signature))
                .isTrue();
        assertThat(SignatureAlgorithm.ED25519.verify(rfcEd25519Key(), base.replace("POST", "GET"), signature))
                .isFalse();
    }

    private IncomingRequest getSignedWith(String params) throws Exception {
        String base = "\"@method\": GET\n\"@target-uri\": https://blog.example/actor\n\"@signature-params\": " + params;
        var headers = headers(
                "Host",
                "blog.example",
                "Signature-Input",
                "sig1=" + params,
                "Signature",
                "sig1=:" + rsaSign(base) + ":");
        return new IncomingRequest("GET", "/actor", RequestHeaders.of(headers), null);
    }

    /** Fedify's covered components: method, target URI, authority, host, date and content digest. */
    private static Map<String, List<String>> fedifyPost(byte[] body) throws Exception {
        String params = "(\"@method\" \"@target-uri\" \"@authority\" \"host\" \"date\" \"content-digest\");created="
                + CREATED + ";keyid=\"" + KEY_ID + "\";alg=\"rsa-v1_5-sha256\"";
        String base = "\"@method\": POST\n"
                + "\"@target-uri\": https://blog.example/actor/inbox\n"
                + "\"@authority\": blog.example\n"
                + "\"host\": blog.example\n"
                + "\"date\": Sun, 01 Mar 2026 12:00:00 GMT\n"
                + "\"content-digest\": " + contentDigest(body) + "\n"
                + "\"@signature-params\": " + params;
        return headers(
                "Host",
                "blog.example",
                "Date",
                "Sun, 01 Mar 2026 12:00:00 GMT",
                "Content-Type",
                "application/activity+json",
                "Content-Digest",
                contentDigest(body),
                "Signature-Input",
                "sig1=" + params,
                "Signature",
                "sig1=:" + rsaSign(base) + ":");
    }

    private static Map<String, List<String>> headers(String... namesAndValues) {
        var map = new HashMap<String, List<String>>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return map;
    }

    private static String contentDigest(byte[] body) throws Exception {
        return "sha-256=:"
                + Base64.getEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(body)) + ":";
    }

    private static String rsaSign(String base) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(TestKeys.ALICE.getPrivate());
        rsa.update(base.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(rsa.sign());
    }

    /** RFC 9421 Appendix B.1.4 test-key-ed25519, its raw public half wrapped in an SPKI header. */
    private static PublicKey rfcEd25519Key() throws Exception {
        byte[] raw = Base64.getUrlDecoder().decode("JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs");
        byte[] spki = new byte[12 + raw.length];
        System.arraycopy(
                new byte[] {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00}, 0, spki, 0, 12);
        System.arraycopy(raw, 0, spki, 12, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    private void assertRefused(IncomingRequest request, String reason) {
        assertThatThrownBy(() -> verifier.verify(request))
                .isInstanceOf(SignatureException.class)
                .hasMessage(reason);
    }
}
