package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.signature.IncomingRequest;
import dev.kakehashi.federation.signature.RequestHeaders;
import dev.kakehashi.federation.signature.SignatureException;
import dev.kakehashi.federation.signature.SignatureVerifier;
import dev.kakehashi.federation.signature.VerifiedSignature;
import dev.kakehashi.service.Blocklist;
import dev.kakehashi.service.LocalUrl;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every inbox POST, before Jersey or Jackson touch it: keeps the raw bytes (at most 1 MiB), checks
 * the JSON, the digest and the HTTP signature over exactly those bytes, requires the signer to be
 * the activity's actor, stores the activity and answers 202 at once. Processing happens in a job.
 * Blocked actors and domains are answered 403 before their key is fetched, and nothing is stored.
 */
public final class InboxFilter extends HttpFilter {
    private static final Logger log = LoggerFactory.getLogger(InboxFilter.class);
    public static final int MAX_BYTES = 1024 * 1024;

    private final transient SignatureVerifier verifier;
    private final transient InboxStore store;
    private final transient Blocklist blocklist;
    private final String publicScheme;
    private final transient ObjectMapper json = new ObjectMapper();

    /**
     * @param publicScheme the scheme of the configured base URL: peers sign the URL they used, which
     *     a TLS-terminating proxy hides from the servlet
     */
    public InboxFilter(SignatureVerifier verifier, InboxStore store, Blocklist blocklist, String publicScheme) {
        this.verifier = verifier;
        this.store = store;
        this.blocklist = blocklist;
        this.publicScheme = publicScheme;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        // The shared inbox, the instance actor's (treated as shared) and each local actor's own.
        var inbox = new LocalUrl(path, null).inbox();
        if (!"POST".equals(req.getMethod()) || inbox.isEmpty()) {
            chain.doFilter(req, resp);
            return;
        }
        if (req.getContentLengthLong() > MAX_BYTES) {
            answer(resp, 413, "The activity is larger than 1 MiB.");
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            answer(resp, 413, "The activity is larger than 1 MiB.");
            return;
        }
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (StreamConstraintsException e) {
            // Nested deeper than Jackson's limit (1000) or otherwise too big to parse safely.
            answer(resp, 400, "The JSON is nested too deeply or too large.");
            return;
        } catch (JsonProcessingException e) {
            answer(resp, 400, "The body is not valid JSON.");
            return;
        }
        String actor = Activities.actorId(activity);
        String type = activity == null ? "" : activity.path("type").asText("");
        if (activity == null || !activity.isObject() || type.isEmpty() || actor == null) {
            answer(resp, 400, "An activity needs a type and an actor.");
            return;
        }
        String id = Activities.idOf(activity.get("id"));
        // The limits of inbox_activity's columns: refuse rather than fail to store.
        if (type.length() > 40 || actor.length() > 1000 || (id != null && id.length() > 1000)) {
            answer(resp, 400, "The activity's id, type or actor is too long.");
            return;
        }
        if (id != null && !NoteAuthorship.sameOrigin(actor, id)) {
            // An actor speaks only for ids on its own server (FEDERATION.md, "Activities accepted").
            answer(resp, 400, "The activity's id is not on its actor's server.");
            return;
        }
        if (blocked(resp, actor)) {
            return;
        }
        VerifiedSignature signer;
        try {
            signer = verifier.verify(incoming(req, path, body));
        } catch (SignatureException e) {
            log.debug("Refused an inbox POST from {}: {}", actor, e.reason());
            answer(resp, 401, "Signature refused: " + e.reason());
            return;
        } catch (RuntimeException e) {
            log.warn("Could not check the signature of an activity from {}: {}", actor, e.toString());
            answer(resp, 401, "Signature refused: the key could not be fetched");
            return;
        }
        if (!signer.actorId().equals(actor)) {
            answer(resp, 401, "Signature refused: the signer is not the activity's actor");
            return;
        }
        // The key's owner, as verified: the same actor, checked again in case a block came meanwhile.
        if (blocked(resp, signer.actorId())) {
            return;
        }
        if (speaksForSomeoneElse(type, actor, activity.get("object"))) {
            // Cheap and certain: the sender learns at once, and nothing is stored.
            answer(resp, 403, "The object is not attributed to the activity's actor.");
            return;
        }
        InboxStore.Result result;
        try {
            result = store.receive(
                    activity,
                    type,
                    actor,
                    signer.actorId(),
                    inbox.get().recipient(),
                    new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // Nothing was stored: the peer retries later, as it does for any 5xx.
            log.warn("Could not store an activity from {}: {}", actor, e.toString());
            answer(resp, 503, "The activity could not be stored; try again later.");
            return;
        }
        switch (result) {
            case BLOCKED -> answer(resp, 403, "Activities from this server are not accepted.");
            case ACCEPTED, DUPLICATE -> answer(resp, 202, "");
        }
    }

    /** Answers 403 when the actor or its domain is blocked; true when it did. */
    private boolean blocked(HttpServletResponse resp, String actor) throws IOException {
        boolean refused;
        try {
            refused = blocklist.blocksActor(actor);
        } catch (RuntimeException e) {
            log.warn("Could not read the blocks for an activity from {}: {}", actor, e.toString());
            answer(resp, 503, "The activity could not be checked; try again later.");
            return true;
        }
        if (refused) {
            log.debug("Refused an inbox POST from blocked {}", actor);
            answer(resp, 403, "Activities from this account or server are not accepted here: it is blocked.");
        }
        return refused;
    }

    /** A Create or Update of a post whose attributedTo does not name the signer (INTEROP A4.6). */
    static boolean speaksForSomeoneElse(String type, String actor, JsonNode object) {
        return (ActivityType.CREATE.is(type) || ActivityType.UPDATE.is(type))
                && NoteAuthorship.isPost(object)
                && !NoteAuthorship.attributedTo(actor, object);
    }

    private IncomingRequest incoming(HttpServletRequest req, String path, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String target = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        return new IncomingRequest(req.getMethod(), publicScheme, target, RequestHeaders.of(headers), body);
    }

    private static void answer(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        if (!message.isEmpty()) {
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write(message);
        }
    }
}
