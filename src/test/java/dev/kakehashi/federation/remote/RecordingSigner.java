package dev.kakehashi.federation.remote;

import dev.kakehashi.federation.signature.RequestSigner;
import dev.kakehashi.federation.signature.SigningKey;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test signer: remembers what it was asked to sign and adds one recognisable header. */
final class RecordingSigner implements RequestSigner {
    record Call(String method, URI target, byte[] body, SigningKey key) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> sign(String method, URI target, byte[] body, String contentType, SigningKey key) {
        calls.add(new Call(method, target, body, key));
        return Map.of("Signature", "test-signature for " + target.getRawPath());
    }
}
