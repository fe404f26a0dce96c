package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DraftCavageSignerTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:03:04Z");
    private static final SigningKey KEY =
            new SigningKey("https://blog.example/actor#main-key", TestKeys.ALICE.getPrivate());
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final TestKeys.MovableClock clock = new TestKeys.MovableClock(NOW);
    private final DraftCavageSigner signer = new DraftCavageSigner(clock);

    @Test
    void postCoversTargetHostDateDigestAndContentTypeInThatOrder() throws Exception {
        byte[] body = "{\"type\":\"Follow\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signer.sign(
                "POST", URI.create("https://mastodon.example/users/bob/inbox"), body, "application/activity+json", KEY);

        String digest = "SHA-256="
                + Base64.getEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        assertThat(headers).containsOnlyKeys("Date", "Digest", "Signature");
        assertThat(headers.get("Date")).isEqualTo("Mon, 05 Jan 2026 09:03:04 GMT");
        assertThat(headers.get("Digest")).isEqualTo(digest);
        Map<String, String> params = params(headers.get("Signature"));
        assertThat(params)
                .containsEntry("keyId", "https://blog.example/actor#main-key")
                .containsEntry("algorithm", "rsa-sha256")
                .containsEntry("headers", "(request-target) host date digest content-type");
        String expected = "(request-target): post /users/bob/inbox\n"
                + "host: mastodon.example\n"
                + "date: Mon, 05 Jan 2026 09:03:04 GMT\n"
                + "digest: " + digest + "\n"
                + "content-type: application/activity+json";
        assertThat(rsaVerifies(expected, params.get("signature"))).isTrue();
    }

    @Test
    void getCoversTargetWithQueryHostWithPortAndDate() throws Exception {
        Map<String, String> headers =
                signer.sign("GET", URI.create("https://gts.example:8443/users/x/outbox?page=true"), null, null, KEY);

        assertThat(headers).containsOnlyKeys("Date", "Signature");
        Map<String, String> params = params(headers.get("Signature"));
        assertThat(params.get("headers")).isEqualTo("(request-target) host date");
        String expected = "(request-target): get /users/x/outbox?page=true\n"
                + "host: gts.example:8443\n"
                + "date: Mon, 05 Jan 2026 09:03:04 GMT";
        assertThat(rsaVerifies(expected, params.get("signature"))).isTrue();
    }

    @Test
    void getCoversAcceptWhenTheCallerPassesIt() throws Exception {
        String accept = "application/activity+json, application/ld+json";
        Map<String, String> headers =
                signer.sign("GET", URI.create("https://old.example/users/bob"), null, null, accept, KEY);

        Map<String, String> params = params(headers.get("Signature"));
        assertThat(params.get("headers")).isEqualTo("(request-target) host date accept");
        String expected = "(request-target): get /users/bob\nhost: old.example\n"
                + "date: Mon, 05 Jan 2026 09:03:04 GMT\naccept: " + accept;
        assertThat(rsaVerifies(expected, params.get("signature"))).isTrue();
    }

    @Test
    void defaultPortIsLeftOutOfHostAndAnEmptyPathBecomesSlash() {
        assertThat(DraftCavageSigner.host(URI.create("https://a.example:443/x")))
                .isEqualTo("a.example");
        assertThat(DraftCavageSigner.host(URI.create("http://a.example:80/x"))).isEqualTo("a.example");
        assertThat(DraftCavageSigner.host(URI.create("http://a.example:8080/x")))
                .isEqualTo("a.example:8080");
        assertThat(DraftCavageSigner.requestTarget(URI.create("https://a.example")))
                .isEqualTo("/");
        assertThat(DraftCavageSigner.requestTarget(URI.create("https://a.example/a%20b?q=%C3%A9&x")))
                .isEqualTo("/a%20b?q=%C3%A9&x");
    }

    @Test
    void everyCallCarriesAFreshDateAndSignature() {
        URI inbox = URI.create("https://mastodon.example/inbox");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> first = signer.sign("POST", inbox, body, "application/activity+json", KEY);
        clock.advance(Duration.ofMinutes(90));
        Map<String, String> retry = signer.sign("POST", inbox, body, "application/activity+json", KEY);

        assertThat(retry.get("Date")).isEqualTo("Mon, 05 Jan 2026 10:33:04 GMT");
        assertThat(retry.get("Signature")).isNotEqualTo(first.get("Signature"));
    }

    @Test
    void postWithoutContentTypeLeavesItUnsigned() {
        Map<String, String> headers =
                signer.sign("POST", URI.create("https://a.example/inbox"), new byte[0], null, KEY);
        assertThat(params(headers.get("Signature")).get("headers")).isEqualTo("(request-target) host date digest");
    }

    static Map<String, String> params(String signatureHeader) {
        var map = new java.util.LinkedHashMap<String, String>();
        Matcher m = PARAM.matcher(signatureHeader);
        while (m.find()) {
            map.put(m.group(1), m.group(2));
        }
        return map;
    }

    private static boolean rsaVerifies(String signingString, String base64) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(TestKeys.ALICE.getPublic());
        verifier.update(signingString.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(base64));
    }
}
