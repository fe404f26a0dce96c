package dev.kakehashi.federation.signature;

/**
 * An incoming request's signature could not be verified. The message is a short reason that is safe
 * to log and to send back to the peer ("digest mismatch", "bad signature"...); the inbox answers 401.
 */
public final class SignatureException extends RuntimeException {
    public SignatureException(String reason) {
        super(reason, null, false, false);
    }

    public SignatureException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }

    /** The short, safe reason. */
    public String reason() {
        return getMessage();
    }
}
