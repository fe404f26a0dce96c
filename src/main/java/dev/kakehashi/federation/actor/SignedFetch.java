package dev.kakehashi.federation.actor;

import dev.kakehashi.federation.signature.IncomingRequest;
import dev.kakehashi.federation.signature.RequestHeaders;
import dev.kakehashi.federation.signature.SignatureException;
import dev.kakehashi.federation.signature.SignatureVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who signed a GET (authorized fetch), for the objects only some servers may read: a followers-only
 * or direct post. An unsigned request, or one whose signature does not verify, has no signer.
 */
public final class SignedFetch {
    private static final Logger log = LoggerFactory.getLogger(SignedFetch.class);

    private final SignatureVerifier verifier;
    private final String publicScheme;

    /** @param publicScheme the scheme of the configured base URL, which peers signed */
    public SignedFetch(SignatureVerifier verifier, String publicScheme) {
        this.verifier = verifier;
        this.publicScheme = publicScheme;
    }

    /** The verified signer's actor id; empty when the request is unsigned or the signature fails. */
    public Optional<String> signer(HttpServletRequest req) {
        if (req == null || (req.getHeader("Signature") == null && req.getHeader("Signature-Input") == null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(verifier.verify(incoming(req)).actorId());
        } catch (SignatureException e) {
            log.debug("Refused a signed GET of {}: {}", req.getRequestURI(), e.reason());
        } catch (RuntimeException e) {
            log.warn("Could not check the signature of a GET of {}: {}", req.getRequestURI(), e.toString());
        }
        return Optional.empty();
    }

    private IncomingRequest incoming(HttpServletRequest req) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String target = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        return new IncomingRequest(req.getMethod(), publicScheme, target, RequestHeaders.of(headers), new byte[0]);
    }
}
