package dev.kakehashi.federation.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Checks a draft-cavage-12 signature ({@code Signature:} or {@code Authorization: Signature …}) up to
 * the cryptographic step: algorithm, covered headers, freshness, and the signing string in the order
 * of {@code headers=} (INTEROP A3.1, A3.6, A3.7, A3.9, A3.10).
 */
final class DraftCavageVerifier {
    private final Clock clock;

    DraftCavageVerifier(Clock clock) {
        this.clock = clock;
    }

    ParsedSignature parse(IncomingRequest request, String headerValue) {
        var header = CavageSignatureHeader.parse(headerValue);
        String keyId = header.get("keyid").filter(s -> !s.isEmpty()).orElseThrow(DraftCavageVerifier::malformed);
        byte[] signature = decode(header.get("signature").orElseThrow(DraftCavageVerifier::malformed));
        // An absent algorithm means hs2019 (Mastodon's signed_request.rb); both mean RSA-SHA256 for RSA keys.
        String algorithm = header.get("algorithm").orElse("hs2019").toLowerCase(Locale.ROOT);
        boolean hs2019 = algorithm.equals("hs2019");
        if (!hs2019 && !algorithm.equals("rsa-sha256")) {
            throw new SignatureException("unsupported algorithm");
        }
        List<String> covered = Arrays.asList(header.get("headers")
                .orElse(hs2019 ? "(created)" : "date")
                .toLowerCase(Locale.ROOT)
                .strip()
                .split("\\s+"));
        requireStrength(covered, request);
        Long created = epochSeconds(header, "created", covered);
        Long expires = epochSeconds(header, "expires", covered);
        if ((created != null || expires != null) && !hs2019) {
            throw new SignatureException("(created) and (expires) need hs2019");
        }
        Instant createdAt = created != null
                ? Instant.ofEpochSecond(created)
                : HttpDates.parse(request.headers().combined("date").orElseThrow(() -> missing()));
        TimeWindow.check(createdAt, expires == null ? null : Instant.ofEpochSecond(expires), clock);

        var bases = new ArrayList<String>();
        bases.add(signingString(request, covered, request.target(), created, expires));
        if (request.query() != null) {
            bases.add(signingString(request, covered, request.path(), created, expires));
        }
        return new ParsedSignature(keyId, SignatureAlgorithm.RSA_SHA256, signature, List.copyOf(bases));
    }

    /**
     * The lines {@code name: value}, in the order the signature lists them, joined by newlines.
     * Shared with {@link DraftCavageSigner} so that both sides build the same string.
     */
    static String signingString(
            List<String> covered, String method, String target, HeaderLookup headers, Long created, Long expires) {
        var lines = new StringBuilder();
        for (String name : covered) {
            String value;
            switch (name) {
                case "(request-target)":
                    value = method.toLowerCase(Locale.ROOT) + " " + target;
                    break;
                case "(created)":
                    value = String.valueOf(created);
                    break;
                case "(expires)":
                    value = String.valueOf(expires);
                    break;
                default:
                    value = headers.value(name);
                    if (value == null) {
                        throw missing();
                    }
            }
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(name).append(": ").append(value);
        }
        return lines.toString();
    }

    /** Looks a header up by lower-case name; null when absent. */
    @FunctionalInterface
    interface HeaderLookup {
        String value(String name);
    }

    private static String signingString(
            IncomingRequest request, List<String> covered, String target, Long created, Long expires) {
        return signingString(
                covered,
                request.method(),
                target,
                name -> request.headers().combined(name).orElse(null),
                created,
                expires);
    }

    // Stricter than Mastodon on one point: (request-target) and host are always required, so a
    // signature cannot be replayed to another path or host. Every known sender covers both.
    private static void requireStrength(List<String> covered, IncomingRequest request) {
        boolean dated = covered.contains("date") || covered.contains("(created)");
        boolean bound = covered.contains("(request-target)") && covered.contains("host");
        boolean digested = !request.hasContent() || covered.contains("digest");
        if (!dated || !bound || !digested) {
            throw new SignatureException("signature covers too little");
        }
    }

    private static Long epochSeconds(CavageSignatureHeader header, String name, List<String> covered) {
        if (!covered.contains("(" + name + ")")) {
            return null;
        }
        String value = header.get(name).orElseThrow(DraftCavageVerifier::malformed);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static SignatureException missing() {
        return new SignatureException("missing signed header");
    }

    private static SignatureException malformed() {
        return new SignatureException("malformed signature");
    }
}
