package dev.kakehashi.federation.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/** The signature algorithms Kakehashi verifies; RSA is what the fediverse uses today. */
enum SignatureAlgorithm {
    /** RSASSA-PKCS1-v1_5 with SHA-256: draft-cavage rsa-sha256 and hs2019, RFC 9421 rsa-v1_5-sha256. */
    RSA_SHA256("SHA256withRSA"),
    /** RFC 9421 ed25519, which Mastodon 4.7 starts to send. */
    ED25519("Ed25519");

    private final String jcaName;

    SignatureAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The algorithm for a key when the signature does not name one. */
    static SignatureAlgorithm forKey(PublicKey key) {
        String type = key.getAlgorithm();
        return type.equals("EdDSA") || type.equals("Ed25519") ? ED25519 : RSA_SHA256;
    }

    byte[] sign(PrivateKey key, String base) {
        try {
            Signature signature = Signature.getInstance(jcaName);
            signature.initSign(key);
            signature.update(base.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + jcaName + ": " + e.getMessage(), e);
        }
    }

    /** False, never an exception, for a wrong key type or a malformed signature. */
    boolean verify(PublicKey key, String base, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(jcaName);
            signature.initVerify(key);
            signature.update(base.getBytes(StandardCharsets.UTF_8));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
