package dev.kakehashi.federation.signature;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Signs outgoing requests the way every fediverse server verifies them: draft-cavage-12 with
 * {@code rsa-sha256}, covering {@code (request-target) host date digest content-type} on a request
 * with a body and {@code (request-target) host date} (plus {@code accept} when given) on a GET
 * (INTEROP A3.6, A3.7). Each call reads the clock, so retries carry a fresh Date (INTEROP A0.4).
 */
public final class DraftCavageSigner implements RequestSigner {
    private final Clock clock;

    public DraftCavageSigner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<String, String> sign(String method, URI target, byte[] body, String contentType, SigningKey key) {
        return sign(method, target, body, contentType, null, key);
    }

    /**
     * As {@link #sign(String, URI, byte[], String, SigningKey)}, also covering the {@code Accept}
     * header the caller will send (older Mastodon versions cover it on their GETs).
     *
     * @param accept the exact Accept header value, or null to leave it unsigned
     */
    public Map<String, String> sign(
            String method, URI target, byte[] body, String contentType, String accept, SigningKey key) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("host", host(target));
        headers.put("date", HttpDates.format(clock.instant()));
        if (body != null) {
            headers.put("digest", Digests.digestHeader(body));
            if (contentType != null) {
                headers.put("content-type", contentType);
            }
        }
        if (accept != null) {
            headers.put("accept", accept);
        }
        List<String> covered = new ArrayList<>();
        covered.add("(request-target)");
        covered.addAll(headers.keySet());

        String signingString =
                DraftCavageVerifier.signingString(covered, method, requestTarget(target), headers::get, null, null);
        String signature =
                Base64.getEncoder().encodeToString(SignatureAlgorithm.RSA_SHA256.sign(key.privateKey(), signingString));

        var result = new LinkedHashMap<String, String>();
        result.put("Date", headers.get("date"));
        if (body != null) {
            result.put("Digest", headers.get("digest"));
        }
        result.put(
                "Signature",
                "keyId=\"" + key.keyId() + "\",algorithm=\"rsa-sha256\",headers=\"" + String.join(" ", covered)
                        + "\",signature=\"" + signature + "\"");
        return Collections.unmodifiableMap(result);
    }

    /** Lower-case method aside, what {@code (request-target)} covers: the raw path and query. */
    static String requestTarget(URI target) {
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }

    /**
     * The Host header java.net.http sends: the host, plus the port when it is not the scheme's
     * default.
     */
    static String host(URI target) {
        String host = target.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + target);
        }
        int port = target.getPort();
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort =
                port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return defaultPort ? host : host + ":" + port;
    }
}
