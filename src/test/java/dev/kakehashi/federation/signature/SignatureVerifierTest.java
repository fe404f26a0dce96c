package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Draft-cavage round trips through {@link DraftCavageSigner} and {@link SignatureVerifier}. */
class SignatureVerifierTest {
    static final String KEY_ID = "https://mastodon.example/users/bob#main-key";
    static final String BOB = "https://mastodon.example/users/bob";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] BODY =
            "{\"type\":\"Follow\",\"actor\":\"https://mastodon.example/users/bob\"}".getBytes(StandardCharsets.UTF_8);
    private static final URI INBOX = URI.create("https://blog.example/actor/inbox");

    private final TestKeys.MovableClock clock = new TestKeys.MovableClock(NOW);
    private final DraftCavageSigner signer = new DraftCavageSigner(clock);
    private final FakeKeys keys = new FakeKeys().cached(KEY_ID, TestKeys.ALICE.getPublic(), BOB);
    private final SignatureVerifier verifier = new SignatureVerifier(keys, clock);

    @Test
    void acceptsASignedPostAndNamesTheKeyOwner() {
        VerifiedSignature verified = verifier.verify(signedPost(BODY));

        assertThat(verified.actorId()).isEqualTo(BOB);
        assertThat(verified.keyId()).isEqualTo(KEY_ID);
        assertThat(keys.calls).containsExactly(KEY_ID + " cached");
    }

    @Test
    void acceptsASignedGetWithAQueryString() {
        URI uri = URI.create("https://blog.example/actor/outbox?page=2&min_id=5");
        Map<String, String> signed = signer.sign("GET", uri, null, null, key(TestKeys.ALICE));
        var request = request("GET", "/actor/outbox?page=2&min_id=5", null, signed, "Host", "blog.example");

        assertThat(verifier.verify(request).actorId()).isEqualTo(BOB);
    }

    @Test
    void acceptsAGetSignedWithoutTheQueryAsMastodonAlsoTries() {
        Map<String, String> signed =
                signer.sign("GET", URI.create("https://blog.example/actor/outbox"), null, null, key(TestKeys.ALICE));
        var request = request("GET", "/actor/outbox?page=2", null, signed, "Host", "blog.example");

        assertThat(verifier.verify(request).actorId()).isEqualTo(BOB);
    }

    @Test
    void refusesAGetWhoseQueryDiffersFromTheSignedOne() {
        Map<String, String> signed = signer.sign(
                "GET", URI.create("https://blog.example/actor/outbox?page=1"), null, null, key(TestKeys.ALICE));
        var request = request("GET", "/actor/outbox?page=2", null, signed, "Host", "blog.example");

        assertRefused(request, "bad signature");
    }

    @Test
    void acceptsTheSameSignatureInAnAuthorizationHeader() {
        Map<String, String> signed = signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE));
        var request = request(
                "POST",
                "/actor/inbox",
                BODY,
                Map.of("Date", signed.get("Date"), "Digest", signed.get("Digest")),
                "Host",
                "blog.example",
                "Content-Type",
                "application/activity+json",
                "Authorization",
                "Signature " + signed.get("Signature"));

        assertThat(verifier.verify(request).actorId()).isEqualTo(BOB);
    }

    @Test
    void refusesASignatureMadeWithAnotherKey() {
        Map<String, String> signed =
                signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.MALLORY));

        assertRefused(post(BODY, signed), "bad signature");
        assertThat(keys.calls).containsExactly(KEY_ID + " cached", KEY_ID + " refresh");
    }

    @Test
    void refusesAForgedSignatureValue() {
        Map<String, String> signed = new java.util.HashMap<>(
                signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE)));
        String header = signed.get("Signature");
        int at = header.indexOf("signature=\"") + "signature=\"".length();
        char flipped = header.charAt(at) == 'A' ? 'B' : 'A';
        signed.put("Signature", header.substring(0, at) + flipped + header.substring(at + 1));

        assertRefused(post(BODY, signed), "bad signature");
    }

    @Test
    void refusesATamperedBodyAsADigestMismatch() {
        Map<String, String> signed = signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE));
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8)
                .replace("Follow", "Delete")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(post(tampered, signed), "digest mismatch");
    }

    @Test
    void refusesATamperedDigestHeaderThatMatchesTheTamperedBody() {
        Map<String, String> signed = new java.util.HashMap<>(
                signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE)));
        byte[] tampered = "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8);
        signed.put("Digest", Digests.digestHeader(tampered));

        assertRefused(post(tampered, signed), "bad signature");
    }

    @Test
    void refusesATamperedCoveredHeader() {
        Map<String, String> signed = signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE));
        var request =
                request("POST", "/actor/inbox", BODY, signed, "Host", "blog.example", "Content-Type", "text/html");

        assertRefused(request, "bad signature");
    }

    @Test
    void refusesARequestReplayedToAnotherHostOrPath() {
        Map<String, String> signed = signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE));

        assertRefused(
                request(
                        "POST",
                        "/actor/inbox",
                        BODY,
                        signed,
                        "Host",
                        "other.example",
                        "Content-Type",
                        "application/activity+json"),
                "bad signature");
        assertRefused(
                request(
                        "POST",
                        "/users/x/inbox",
                        BODY,
                        signed,
                        "Host",
                        "blog.example",
                        "Content-Type",
                        "application/activity+json"),
                "bad signature");
    }

    @Test
    void acceptsADateAnHourOldButRefusesOneSeventyMinutesOld() {
        var request = signedPost(BODY);
        clock.advance(Duration.ofMinutes(60));
        assertThat(verifier.verify(request).actorId()).isEqualTo(BOB);

        clock.advance(Duration.ofMinutes(10));
        assertRefused(request, "date out of window");
    }

    @Test
    void refusesADateMoreThanAnHourAhead() {
        clock.set(NOW.plus(Duration.ofMinutes(61)));
        var fromTheFuture = signedPost(BODY);
        clock.set(NOW);

        assertRefused(fromTheFuture, "date out of window");
    }

    @Test
    void refusesAPostWithoutDigest() {
        Map<String, String> signed = new java.util.HashMap<>(
                signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE)));
        signed.remove("Digest");

        assertRefused(post(BODY, signed), "missing digest");
    }

    @Test
    void refusesAPostWhoseSignatureDoesNotCoverTheDigest() {
        // A GET-shaped signature replayed with a body: host, date and target are right, the digest is unsigned.
        Map<String, String> signed =
                new java.util.HashMap<>(signer.sign("POST", INBOX, null, null, key(TestKeys.ALICE)));
        signed.put("Digest", Digests.digestHeader(BODY));

        assertRefused(post(BODY, signed), "signature covers too little");
    }

    @Test
    void refusesARequestWithoutSignature() {
        var request = request(
                "POST", "/actor/inbox", BODY, Map.of("Digest", Digests.digestHeader(BODY)), "Host", "blog.example");

        assertRefused(request, "no signature");
        assertThat(keys.calls).isEmpty();
    }

    @Test
    void refusesAnUnsupportedAlgorithm() {
        Map<String, String> signed = new java.util.HashMap<>(
                signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE)));
        signed.put("Signature", signed.get("Signature").replace("rsa-sha256", "hmac-sha256"));

        assertRefused(post(BODY, signed), "unsupported algorithm");
    }

    @Test
    void acceptsHs2019AndAnAbsentAlgorithmAsRsaSha256() {
        Map<String, String> signed = new java.util.HashMap<>(
                signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE)));
        String original = signed.get("Signature");

        signed.put("Signature", original.replace("rsa-sha256", "hs2019"));
        assertThat(verifier.verify(post(BODY, signed)).actorId()).isEqualTo(BOB);

        signed.put("Signature", original.replace("algorithm=\"rsa-sha256\",", ""));
        assertThat(verifier.verify(post(BODY, signed)).actorId()).isEqualTo(BOB);
    }

    @Test
    void findsAnUnknownKeyAfterRefreshing() {
        keys.cached.clear();
        keys.remote(KEY_ID, TestKeys.ALICE.getPublic(), BOB);

        assertThat(verifier.verify(signedPost(BODY)).actorId()).isEqualTo(BOB);
        assertThat(keys.calls).containsExactly(KEY_ID + " cached", KEY_ID + " refresh");
    }

    @Test
    void refusesAKeyThatIsNowhereToBeFound() {
        keys.cached.clear();

        assertRefused(signedPost(BODY), "unknown key");
        assertThat(keys.calls).containsExactly(KEY_ID + " cached", KEY_ID + " refresh");
    }

    @Test
    void picksUpARotatedKeyByRefetchingOnce() {
        // Bob rotated to a new key; our cache still holds the old one.
        keys.cached(KEY_ID, TestKeys.MALLORY.getPublic(), BOB).remote(KEY_ID, TestKeys.ALICE.getPublic(), BOB);

        assertThat(verifier.verify(signedPost(BODY)).actorId()).isEqualTo(BOB);
        assertThat(keys.calls).containsExactly(KEY_ID + " cached", KEY_ID + " refresh");
        assertThat(verifier.verify(signedPost(BODY)).actorId()).isEqualTo(BOB);
        assertThat(keys.calls).hasSize(3);
    }

    @Test
    void checksCoveredHeadersInTheOrderTheSignatureListsThem() {
        Map<String, String> signed = new java.util.HashMap<>(
                signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE)));
        String header = signed.get("Signature");
        String reordered = header.replace(
                "headers=\"(request-target) host date digest content-type\"",
                "headers=\"host (request-target) date digest content-type\"");
        signed.put("Signature", reordered);

        assertRefused(post(BODY, signed), "bad signature");
    }

    @Test
    void malformedSignatureHeadersOnlyEverRaiseSignatureException() {
        Map<String, String> signed = signer.sign("POST", INBOX, BODY, "application/activity+json", key(TestKeys.ALICE));
        String good = signed.get("Signature");
        List<String> bad = new ArrayList<>(Arrays.asList(
                "",
                " ",
                ",,,",
                "garbage",
                "keyId=",
                "keyId=\"unterminated",
                "keyId=\"x\" signature=\"y\"",
                "keyId=\"x\",signature=\"!!!not base64\"",
                "keyId=\"x\",keyId=\"y\",signature=\"AAAA\"",
                "signature=\"AAAA\"",
                "keyId=\"" + KEY_ID + "\",headers=\"(request-target) (created) host digest\",signature=\"AAAA\"",
                "keyId=\"" + KEY_ID
                        + "\",algorithm=\"hs2019\",created=soon,headers=\"(request-target) (created) host digest\",signature=\"AAAA\"",
                "keyId=\"" + KEY_ID
                        + "\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-missing\",signature=\"AAAA\"",
                "=\"x\""));
        for (int cut = 0; cut < good.length(); cut += 7) {
            bad.add(good.substring(0, cut));
        }
        for (String value : bad) {
            var copy = new java.util.HashMap<>(signed);
            copy.put("Signature", value);
            assertThatThrownBy(() -> verifier.verify(post(BODY, copy)))
                    .as(value)
                    .isInstanceOf(SignatureException.class);
        }
        var badDate = new java.util.HashMap<>(signed);
        badDate.put("Date", "yesterday");
        assertRefused(post(BODY, badDate), "bad date");
        var badDigest = new java.util.HashMap<>(signed);
        badDigest.put("Digest", "SHA-256=%%%");
        assertRefused(post(BODY, badDigest), "digest mismatch");
    }

    private IncomingRequest signedPost(byte[] body) {
        return post(body, signer.sign("POST", INBOX, body, "application/activity+json", key(TestKeys.ALICE)));
    }

    private static IncomingRequest post(byte[] body, Map<String, String> signed) {
        return request(
                "POST",
                "/actor/inbox",
                body,
                signed,
                "Host",
                "blog.example",
                "Content-Type",
                "application/activity+json");
    }

    static IncomingRequest request(
            String method, String target, byte[] body, Map<String, String> signed, String... moreHeaders) {
        var headers = new java.util.TreeMap<String, List<String>>();
        signed.forEach((name, value) -> headers.put(name, List.of(value)));
        for (int i = 0; i < moreHeaders.length; i += 2) {
            headers.put(moreHeaders[i], List.of(moreHeaders[i + 1]));
        }
        return new IncomingRequest(method, target, RequestHeaders.of(headers), body);
    }

    private static SigningKey key(java.security.KeyPair pair) {
        return new SigningKey(KEY_ID, pair.getPrivate());
    }

    private void assertRefused(IncomingRequest request, String reason) {
        assertThatThrownBy(() -> verifier.verify(request))
                .isInstanceOf(SignatureException.class)
                .hasMessage(reason);
    }
}
