package dev.kakehashi.federation.vocab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code @context} of what Kakehashi serves: only the ActivityStreams and security URLs, which
 * every processor bundles, and every other term defined inline (Fedify cannot fetch unknown
 * context URLs). Term names are Mastodon's compact ones (INTEROP A2, A5, A6).
 */
public final class Contexts {
    public static final String ACTIVITYSTREAMS = "https://www.w3.org/ns/activitystreams";
    public static final String SECURITY = "https://w3id.org/security/v1";
    public static final String PUBLIC = ACTIVITYSTREAMS + "#Public";

    private Contexts() {}

    public static List<Object> actor() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("manuallyApprovesFollowers", "as:manuallyApprovesFollowers");
        terms.put("toot", "http://joinmastodon.org/ns#");
        terms.put("featured", Map.of("@id", "toot:featured", "@type", "@id"));
        terms.put("alsoKnownAs", Map.of("@id", "as:alsoKnownAs", "@type", "@id"));
        terms.put("movedTo", Map.of("@id", "as:movedTo", "@type", "@id"));
        terms.put("schema", "http://schema.org#");
        terms.put("PropertyValue", "schema:PropertyValue");
        terms.put("value", "schema:value");
        terms.put("discoverable", "toot:discoverable");
        terms.put("indexable", "toot:indexable");
        // FEP-2c59, inline rather than its context URL so no processor has to fetch it.
        terms.put(
                "webfinger",
                Map.of("@id", "https://purl.archive.org/socialweb/webfinger#webfinger", "@type", "xsd:string"));
        terms.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return List.of(ACTIVITYSTREAMS, SECURITY, terms);
    }

    public static List<Object> object() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("sensitive", "as:sensitive");
        terms.put("toot", "http://joinmastodon.org/ns#");
        terms.put("Hashtag", "as:Hashtag");
        terms.put("votersCount", "toot:votersCount");
        // An attachment's focal point, a list as Mastodon defines it (INTEROP A8).
        terms.put("focalPoint", listTerm("toot:focalPoint"));
        // GoToSocial's interaction policy terms, as Mastodon defines them inline (INTEROP A12.4).
        terms.put("gts", "https://gotosocial.org/ns#");
        terms.put("interactionPolicy", idTerm("gts:interactionPolicy"));
        terms.put("canReply", idTerm("gts:canReply"));
        terms.put("canQuote", idTerm("gts:canQuote"));
        terms.put("automaticApproval", idTerm("gts:automaticApproval"));
        terms.put("manualApproval", idTerm("gts:manualApproval"));
        // Quote posts, as Mastodon defines the terms (INTEROP A12.1).
        terms.put("quote", idTerm("https://w3id.org/fep/044f#quote"));
        terms.put("quoteUri", "http://fedibird.com/ns#quoteUri");
        terms.put("_misskey_quote", "https://misskey-hub.net/ns#_misskey_quote");
        terms.put("quoteUrl", "as:quoteUrl");
        terms.put("quoteAuthorization", idTerm("https://w3id.org/fep/044f#quoteAuthorization"));
        return List.of(ACTIVITYSTREAMS, terms);
    }

    /** A term whose value is an ordered list, {@code @container} first as Mastodon writes it. */
    private static Map<String, String> listTerm(String id) {
        Map<String, String> term = new LinkedHashMap<>();
        term.put("@container", "@list");
        term.put("@id", id);
        return term;
    }

    /** A term whose values are ids, {@code @id} first as Mastodon writes it. */
    private static Map<String, String> idTerm(String id) {
        Map<String, String> term = new LinkedHashMap<>();
        term.put("@id", id);
        term.put("@type", "@id");
        return term;
    }

    public static List<Object> collection() {
        return List.of(ACTIVITYSTREAMS);
    }
}
