package dev.kakehashi.federation.actor;

import dev.kakehashi.domain.ActorKeyPair;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.signature.SigningKey;
import dev.kakehashi.service.ActorKeyService;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each local actor's RSA-2048 key pair: made the first time it is needed, stored by {@link
 * ActorKeyService}, and never replaced (peers cache the public key by its id). Stored pairs are immutable, so every node may
 * keep them in memory.
 */
public final class ActorKeys {
    private final ActorKeyService keys;
    private final ActorIds ids;
    private final Map<String, ActorKeyPair> cache = new ConcurrentHashMap<>();

    public ActorKeys(ActorKeyService keys, ActorIds ids) {
        this.keys = keys;
        this.ids = ids;
    }

    /** The SPKI PEM that the actor document publishes. */
    public String publicKeyPem(ActorRef actor) {
        return stored(actor).publicKeyPem();
    }

    /** What delivery and the fetcher sign with, as this actor. */
    public SigningKey signingKey(ActorRef actor) {
        return new SigningKey(ids.keyId(actor), privateKey(stored(actor).privateKeyPem()));
    }

    private ActorKeyPair stored(ActorRef actor) {
        return cache.computeIfAbsent(actor.key(), k -> keys.pairOf(actor.asKey(), ActorKeys::generate));
    }

    static ActorKeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new ActorKeyPair(
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no RSA", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static PrivateKey privateKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored private key cannot be read", e);
        }
    }
}
