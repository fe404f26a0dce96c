package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A remote actor as read from its document: only what Kakehashi uses, every optional field nullable.
 * {@link #parse} tolerates the shapes real servers send (icon as a bare string or an array,
 * publicKey as an array, url as Link objects, sharedInbox at the top level, unknown extra fields)
 * and refuses only what Mastodon refuses too (INTEROP A2.1–A2.3).
 */
public record RemoteActorDocument(
        String id,
        String type,
        String preferredUsername,
        String name,
        String summaryHtml,
        String url,
        String iconUrl,
        String inbox,
        String sharedInbox,
        String outbox,
        String followers,
        String publicKeyId,
        String publicKeyPem,
        boolean manuallyApprovesFollowers,
        List<String> alsoKnownAs) {

    /** The actor types Mastodon accepts ({@code SUPPORTED_TYPES}). */
    public static final Set<String> TYPES = Set.of("Person", "Service", "Group", "Organization", "Application");

    static final int MAX_NAME = 2048;
    static final int MAX_SUMMARY = 20 * 1024;
    static final int MAX_ALIASES = 50;

    /**
     * Reads an actor document.
     *
     * @throws DocumentException when it is not an actor Kakehashi can talk to: no id, an unknown
     *     type, no inbox, no username
     */
    public static RemoteActorDocument parse(JsonNode doc) {
        String id = Lenient.text(doc.get("id"));
        if (id == null || !isHttpUrl(id)) {
            throw new DocumentException("the actor has no http(s) id");
        }
        String type = Lenient.asArray(doc.get("type")).stream()
                .map(Lenient::text)
                .filter(TYPES::contains)
                .findFirst()
                .orElseThrow(() -> new DocumentException("unexpected actor type " + doc.get("type")));
        String inbox = Lenient.idOf(doc.get("inbox"));
        if (inbox == null || !isHttpUrl(inbox)) {
            throw new DocumentException("the actor has no inbox");
        }
        String username = Lenient.text(doc.get("preferredUsername"));
        if (username == null) {
            String webfinger = Lenient.text(doc.get("webfinger"));
            username = webfinger == null
                    ? null
                    : webfinger.replaceFirst("^acct:", "").split("@")[0];
        }
        if (username == null || username.isBlank()) {
            throw new DocumentException("the actor has no preferredUsername");
        }
        String sharedInbox = Lenient.idOf(doc.path("endpoints").get("sharedInbox"));
        if (sharedInbox == null) {
            sharedInbox = Lenient.idOf(doc.get("sharedInbox"));
        }
        JsonNode key = ownKey(doc.get("publicKey"), id);
        String url = Lenient.href(doc.get("url"));
        return new RemoteActorDocument(
                id,
                type,
                username,
                cut(Lenient.langString(doc, "name"), MAX_NAME),
                cut(Lenient.langString(doc, "summary"), MAX_SUMMARY),
                url != null && sameHost(url, id) ? url : null,
                httpOrNull(Lenient.href(doc.get("icon"))),
                inbox,
                httpOrNull(sharedInbox),
                httpOrNull(Lenient.idOf(doc.get("outbox"))),
                httpOrNull(Lenient.idOf(doc.get("followers"))),
                key == null ? null : Lenient.text(key.get("id")),
                key == null ? null : Lenient.text(key.get("publicKeyPem")),
                Lenient.bool(doc.get("manuallyApprovesFollowers"), false),
                aliases(doc.get("alsoKnownAs")));
    }

    /** The former accounts the actor names (a string or an array, as servers send it), http(s) only. */
    private static List<String> aliases(JsonNode node) {
        return Lenient.asArray(node).stream()
                .map(Lenient::idOf)
                .filter(s -> s != null && isHttpUrl(s))
                .limit(MAX_ALIASES)
                .toList();
    }

    /** The first key owned by the actor itself; keys owned by someone else are ignored, as Mastodon does. */
    private static JsonNode ownKey(JsonNode keys, String actorId) {
        List<JsonNode> all = Lenient.asArray(keys);
        for (JsonNode key : all) {
            if (key.isObject() && actorId.equals(Lenient.idOf(key.get("owner"))) && key.has("publicKeyPem")) {
                return key;
            }
        }
        return null;
    }

    /** Whether two URLs share scheme, host and port: the same-origin rule of INTEROP A4.6. */
    public static boolean sameHost(String a, String b) {
        try {
            URI x = new URI(a);
            URI y = new URI(b);
            return x.getHost() != null && x.getHost().equalsIgnoreCase(y.getHost()) && x.getPort() == y.getPort();
        } catch (Exception e) {
            return false;
        }
    }

    static boolean isHttpUrl(String s) {
        try {
            URI u = new URI(s);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String httpOrNull(String s) {
        return s != null && isHttpUrl(s) ? s : null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
