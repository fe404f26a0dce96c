package dev.kakehashi.federation.signature;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the HTTP signature of an incoming request: RFC 9421 when {@code Signature-Input} is
 * present, draft-cavage otherwise. Checks every digest present against the raw body, the covered
 * components, the time window, then the signature with the key's cached copy and, if that fails,
 * with a freshly fetched one (key rotation, INTEROP A3.3).
 */
public final class SignatureVerifier {
    private static final String AUTHORIZATION_SCHEME = "signature ";

    private final KeyResolver keys;
    private final DraftCavageVerifier cavage;
    private final Rfc9421Verifier rfc9421;

    public SignatureVerifier(KeyResolver keys, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.cavage = new DraftCavageVerifier(clock);
        this.rfc9421 = new Rfc9421Verifier(clock);
    }

    /**
     * @return the key's owner and id
     * @throws SignatureException with a short safe reason when the request is unsigned or the
     *     signature does not hold; exceptions the {@link KeyResolver} throws pass through
     */
    public VerifiedSignature verify(IncomingRequest request) {
        ParsedSignature parsed = parse(request);
        Optional<ResolvedKey> cached = keys.resolve(parsed.keyId(), false);
        if (cached.isPresent() && matches(parsed, cached.get())) {
            return new VerifiedSignature(cached.get().ownerId(), parsed.keyId());
        }
        // Not cached, or the cached key fails: the actor may have rotated its key. Fetch once more.
        // When the refetch finds nothing, a cached key that failed means a bad signature, not an unknown key.
        ResolvedKey fresh = keys.resolve(parsed.keyId(), true)
                .orElseThrow(() -> new SignatureException(cached.isPresent() ? "bad signature" : "unknown key"));
        if (!matches(parsed, fresh)) {
            throw new SignatureException("bad signature");
        }
        return new VerifiedSignature(fresh.ownerId(), parsed.keyId());
    }

    private ParsedSignature parse(IncomingRequest request) {
        var headers = request.headers();
        Optional<String> cavageHeader = headers.has("signature-input")
                ? Optional.empty()
                : headers.combined("signature").or(() -> headers.combined("authorization")
                        .filter(v -> v.toLowerCase(Locale.ROOT).startsWith(AUTHORIZATION_SCHEME))
                        .map(v -> v.substring(AUTHORIZATION_SCHEME.length())));
        if (cavageHeader.isEmpty() && !headers.has("signature-input")) {
            throw new SignatureException("no signature");
        }
        try {
            checkDigests(request);
            return cavageHeader.isPresent() ? cavage.parse(request, cavageHeader.get()) : rfc9421.parse(request);
        } catch (SignatureException e) {
            throw e;
        } catch (RuntimeException e) {
            // A peer's malformed header must never surface as a 500.
            throw new SignatureException("malformed signature", e);
        }
    }

    private static void checkDigests(IncomingRequest request) {
        var headers = request.headers();
        byte[] body = request.body();
        headers.combined("digest").ifPresent(digest -> Digests.checkDigest(digest, body));
        headers.combined("content-digest").ifPresent(digest -> Digests.checkContentDigest(digest, body));
        if (request.hasContent() && !headers.has("digest") && !headers.has("content-digest")) {
            throw new SignatureException("missing digest");
        }
    }

    private static boolean matches(ParsedSignature parsed, ResolvedKey key) {
        SignatureAlgorithm algorithm =
                parsed.algorithm() != null ? parsed.algorithm() : SignatureAlgorithm.forKey(key.publicKey());
        for (String base : parsed.bases()) {
            if (algorithm.verify(key.publicKey(), base, parsed.signature())) {
                return true;
            }
        }
        return false;
    }
}
