package dev.kakehashi.federation.signature;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.InnerList;
import org.greenbytes.http.sfv.IntegerItem;
import org.greenbytes.http.sfv.Item;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.ParseException;
import org.greenbytes.http.sfv.Parser;
import org.greenbytes.http.sfv.StringItem;

/**
 * Checks an RFC 9421 signature ({@code Signature-Input} + {@code Signature}) up to the cryptographic
 * step, with Mastodon's rules (INTEROP A3.12): {@code created} and {@code keyid} required, {@code
 * @method} and the target covered, and a digest covered when there is content.
 */
final class Rfc9421Verifier {
    private final Clock clock;

    Rfc9421Verifier(Clock clock) {
        this.clock = clock;
    }

    ParsedSignature parse(IncomingRequest request) {
        Map<String, ListElement<?>> inputs = dictionary(request, "signature-input");
        Map<String, ListElement<?>> signatures = dictionary(request, "signature");
        // Verify the first labelled signature that has both halves; peers send a single one.
        for (var entry : inputs.entrySet()) {
            ListElement<?> signature = signatures.get(entry.getKey());
            if (signature != null) {
                return parse(request, entry.getValue(), signature);
            }
        }
        throw malformed();
    }

    private ParsedSignature parse(IncomingRequest request, ListElement<?> input, ListElement<?> signature) {
        if (!(input instanceof InnerList) || !(signature instanceof ByteSequenceItem)) {
            throw malformed();
        }
        InnerList components = (InnerList) input;
        String keyId = stringParam(components, "keyid");
        if (keyId == null || keyId.isEmpty()) {
            throw malformed();
        }
        SignatureAlgorithm algorithm = algorithm(stringParam(components, "alg"));

        String base = signatureBase(request, components);
        var names = new ArrayList<String>();
        components.get().forEach(item -> names.add(((StringItem) item).get()));
        requireCoverage(names, request);

        Long created = longParam(components, "created");
        if (created == null) {
            throw new SignatureException("missing created");
        }
        Long expires = longParam(components, "expires");
        TimeWindow.check(
                Instant.ofEpochSecond(created), expires == null ? null : Instant.ofEpochSecond(expires), clock);

        ByteBuffer bytes = ((ByteSequenceItem) signature).get();
        byte[] signatureBytes = new byte[bytes.remaining()];
        bytes.duplicate().get(signatureBytes);
        return new ParsedSignature(keyId, algorithm, signatureBytes, List.of(base));
    }

    /**
     * The signature base (RFC 9421 section 2.5): one line per covered component, then the
     * parameters re-serialized as RFC 8941 prescribes.
     */
    static String signatureBase(IncomingRequest request, InnerList components) {
        var base = new StringBuilder();
        for (Item<?> item : components.get()) {
            if (!(item instanceof StringItem) || !item.getParams().isEmpty()) {
                throw new SignatureException("unsupported component");
            }
            String name = ((StringItem) item).get();
            base.append(item.serialize())
                    .append(": ")
                    .append(Components.value(request, name))
                    .append('\n');
        }
        return base.append("\"@signature-params\": ")
                .append(components.serialize())
                .toString();
    }

    private static void requireCoverage(List<String> names, IncomingRequest request) {
        boolean target = names.contains("@target-uri")
                || (names.contains("@authority") && (names.contains("@request-target") || names.contains("@path")));
        boolean digested = !request.hasContent() || names.contains("content-digest") || names.contains("digest");
        if (!names.contains("@method") || !target || !digested) {
            throw new SignatureException("signature covers too little");
        }
    }

    private static SignatureAlgorithm algorithm(String alg) {
        if (alg == null) {
            return null;
        }
        switch (alg) {
            case "rsa-v1_5-sha256":
                return SignatureAlgorithm.RSA_SHA256;
            case "ed25519":
                return SignatureAlgorithm.ED25519;
            default:
                throw new SignatureException("unsupported algorithm");
        }
    }

    private static Map<String, ListElement<?>> dictionary(IncomingRequest request, String header) {
        String value = request.headers().combined(header).orElseThrow(Rfc9421Verifier::malformed);
        try {
            return Parser.parseDictionary(value).get();
        } catch (ParseException e) {
            throw malformed();
        }
    }

    private static String stringParam(InnerList list, String name) {
        Item<?> item = list.getParams().get(name);
        if (item == null) {
            return null;
        }
        if (!(item instanceof StringItem)) {
            throw malformed();
        }
        return ((StringItem) item).get();
    }

    private static Long longParam(InnerList list, String name) {
        Item<?> item = list.getParams().get(name);
        if (item == null) {
            return null;
        }
        if (!(item instanceof IntegerItem)) {
            throw malformed();
        }
        return ((IntegerItem) item).getAsLong();
    }

    private static SignatureException malformed() {
        return new SignatureException("malformed signature");
    }
}
