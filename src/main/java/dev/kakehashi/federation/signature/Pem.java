package dev.kakehashi.federation.signature;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM for RSA keys: public keys as SPKI ({@code BEGIN PUBLIC KEY}, what actors publish) or PKCS#1
 * ({@code BEGIN RSA PUBLIC KEY}, which some servers publish instead); private keys as PKCS#8, or
 * PKCS#1 on input.
 */
public final class Pem {
    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    // AlgorithmIdentifier { rsaEncryption, NULL }
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private Pem() {}

    /**
     * Reads an RSA public key.
     *
     * @throws IllegalArgumentException when the text holds no readable RSA public key
     */
    public static PublicKey decodePublicKey(String pem) {
        Matcher m = block(pem);
        byte[] der = base64(m.group(2));
        switch (m.group(1)) {
            case "PUBLIC KEY":
                break;
            case "RSA PUBLIC KEY":
                // SubjectPublicKeyInfo { algorithm, BIT STRING (no unused bits) { RSAPublicKey } }
                der = sequence(RSA_ALGORITHM, tagged(0x03, concat(new byte[] {0}, der)));
                break;
            default:
                throw new IllegalArgumentException("not a public key: " + m.group(1));
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable RSA public key", e);
        }
    }

    /**
     * Reads an RSA private key, PKCS#8 ({@code BEGIN PRIVATE KEY}) or PKCS#1 ({@code BEGIN RSA
     * PRIVATE KEY}).
     *
     * @throws IllegalArgumentException when the text holds no readable RSA private key
     */
    public static PrivateKey decodePrivateKey(String pem) {
        Matcher m = block(pem);
        byte[] der = base64(m.group(2));
        switch (m.group(1)) {
            case "PRIVATE KEY":
                break;
            case "RSA PRIVATE KEY":
                // PrivateKeyInfo { version 0, algorithm, OCTET STRING { RSAPrivateKey } }
                der = sequence(new byte[] {0x02, 0x01, 0x00}, RSA_ALGORITHM, tagged(0x04, der));
                break;
            default:
                throw new IllegalArgumentException("not a private key: " + m.group(1));
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable RSA private key", e);
        }
    }

    /** SPKI PEM, as an actor's {@code publicKeyPem}. */
    public static String encodePublicKey(PublicKey key) {
        return armor("PUBLIC KEY", key.getEncoded());
    }

    /** PKCS#8 PEM. */
    public static String encodePrivateKey(PrivateKey key) {
        return armor("PRIVATE KEY", key.getEncoded());
    }

    private static Matcher block(String pem) {
        Matcher m = BLOCK.matcher(pem == null ? "" : pem);
        if (!m.find()) {
            throw new IllegalArgumentException("no PEM block");
        }
        return m;
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad base64 in PEM", e);
        }
    }

    private static String armor(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] sequence(byte[]... parts) {
        return tagged(0x30, concat(parts));
    }

    private static byte[] tagged(int tag, byte[] content) {
        var out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
