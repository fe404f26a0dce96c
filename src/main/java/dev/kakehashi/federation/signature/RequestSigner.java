package dev.kakehashi.federation.signature;

import java.net.URI;
import java.util.Map;

/**
 * Signs one outgoing request. Called afresh for every attempt, so Date and the signature are always
 * new (Mastodon rejects a Date older than about an hour).
 */
public interface RequestSigner {
    /**
     * The headers to add to the request: {@code Date}, {@code Digest} when there is a body, and
     * {@code Signature}. {@code Host} is signed but not returned: the HTTP client sets it from the
     * URI.
     *
     * @param body the exact bytes that will be sent, or null for a GET
     */
    Map<String, String> sign(String method, URI target, byte[] body, String contentType, SigningKey key);
}
