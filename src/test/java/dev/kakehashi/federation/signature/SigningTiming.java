package dev.kakehashi.federation.signature;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Prints how long one RSA-2048 draft-cavage signature (and one verification) takes on this machine.
 * Not a test: run it by hand, {@code java -cp target/classes:target/test-classes:<deps>
 * dev.kakehashi.federation.signature.SigningTiming}.
 */
public final class SigningTiming {
    private SigningTiming() {}

    public static void main(String[] args) {
        var signer = new DraftCavageSigner(Clock.systemUTC());
        var key = new SigningKey("https://blog.example/actor#main-key", TestKeys.ALICE.getPrivate());
        var keys = new FakeKeys().cached(key.keyId(), TestKeys.ALICE.getPublic(), "https://blog.example/actor");
        var verifier = new SignatureVerifier(keys, Clock.systemUTC());
        URI inbox = URI.create("https://mastodon.example/inbox");
        byte[] body = "{\"type\":\"Create\",\"object\":{\"type\":\"Article\"}}".getBytes(StandardCharsets.UTF_8);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;

        for (int i = 0; i < rounds / 5; i++) {
            signer.sign("POST", inbox, body, "application/activity+json", key); // warm-up
        }
        long start = System.nanoTime();
        java.util.Map<String, String> last = null;
        for (int i = 0; i < rounds; i++) {
            last = signer.sign("POST", inbox, body, "application/activity+json", key);
        }
        double signMicros = (System.nanoTime() - start) / 1000.0 / rounds;

        var request = SignatureVerifierTest.request(
                "POST", "/inbox", body, last, "Host", "mastodon.example", "Content-Type", "application/activity+json");
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            verifier.verify(request);
        }
        double verifyMicros = (System.nanoTime() - start) / 1000.0 / rounds;
        System.out.printf(
                "RSA-2048 draft-cavage: sign %.0f us, verify %.0f us (mean of %d)%n", signMicros, verifyMicros, rounds);
    }
}
