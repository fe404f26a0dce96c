package dev.kakehashi.federation.vocab;

/** A document that cannot be read as what it should be; the message is safe to log and show. */
public final class DocumentException extends RuntimeException {
    public DocumentException(String message) {
        super(message, null, false, false);
    }
}
