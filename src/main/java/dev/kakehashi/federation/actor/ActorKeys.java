package dev.kakehashi.federation.actor;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.signature.SigningKey;
import dev.kakehashi.store.ActorKeyRepository;
import dev.kakehashi.store.ActorKeyRepository.StoredKey;
import dev.kakehashi.store.Transactions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each local actor's RSA-2048 key pair: made the first time it is needed, stored, and never
 * replaced (peers cache the public key by its id). Stored pairs are immutable, so every node may
 * keep them in memory.
 */
public final class ActorKeys {
    private static final Logger log = LoggerFactory.getLogger(ActorKeys.class);

    private final Transactions tx;
    private final ActorKeyRepository keys;
    private final ActorIds ids;
    private final Clock clock;
    private final Map<String, StoredKey> cache = new ConcurrentHashMap<>();

    public ActorKeys(Transactions tx, ActorKeyRepository keys, ActorIds ids, Clock clock) {
        this.tx = tx;
        this.keys = keys;
        this.ids = ids;
        this.clock = clock;
    }

    /** The SPKI PEM that the actor document publishes. */
    public String publicKeyPem(ActorRef actor) {
        return stored(actor).publicKeyPem();
    }

    /** What delivery and the fetcher sign with, as this actor. */
    public SigningKey signingKey(ActorRef actor) {
        return new SigningKey(ids.keyId(actor), privateKey(stored(actor).privateKeyPem()));
    }

    private StoredKey stored(ActorRef actor) {
        return cache.computeIfAbsent(actor.key(), this::loadOrCreate);
    }

    private StoredKey loadOrCreate(String actorKey) {
        var existing = tx.call(() -> keys.byActor(actorKey));
        if (existing.isPresent()) {
            return existing.get();
        }
        StoredKey fresh = generate();
        try {
            tx.run(() -> keys.add(actorKey, fresh, clock.instant()));
            log.info("Made a new key pair for local actor {}", actorKey);
            return fresh;
        } catch (RuntimeException e) {
            // Another node stored a pair first: its pair is the one peers will see.
            return tx.call(() -> keys.byActor(actorKey)).orElseThrow(() -> e);
        }
    }

    static StoredKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new StoredKey(
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
