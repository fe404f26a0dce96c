package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.vocab.Lenient;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The checks every server makes before it believes a post: the activity's actor (the signer) wrote
 * it ({@code attributedTo}), and its id lives on the actor's server (INTEROP A4.6, A8.7).
 */
public final class NoteAuthorship {
    /** The object types taken as posts. */
    public static final Set<String> POST_TYPES = Set.of("Note", "Article", "Page", "Question");

    private NoteAuthorship() {}

    /** Whether {@code object} is an embedded Note, Article, Page or Question. */
    public static boolean isPost(JsonNode object) {
        if (object == null || !object.isObject()) {
            return false;
        }
        // Set.of(...).contains(null) throws: an object without a type is simply not a post.
        String type = Lenient.text(object.get("type"));
        return type != null && POST_TYPES.contains(type);
    }

    /** PeerTube and others list several attributedTo (a person and a group): the actor must be one. */
    public static boolean attributedTo(String actorId, JsonNode object) {
        for (JsonNode a : Lenient.asArray(object.get("attributedTo"))) {
            if (actorId.equals(Lenient.idOf(a))) {
                return true;
            }
        }
        return false;
    }

    /** @throws RejectedActivity when the actor did not write the embedded post, or it lives elsewhere */
    public static void require(String actorId, JsonNode object) {
        if (!attributedTo(actorId, object)) {
            throw new RejectedActivity("the object is not attributed to " + actorId);
        }
        String id = Lenient.idOf(object.get("id"));
        if (id == null) {
            throw new RejectedActivity("the object has no id");
        }
        if (!sameOrigin(actorId, id)) {
            throw new RejectedActivity("the object " + id + " is not on the actor's server");
        }
    }

    public static boolean sameOrigin(String a, String b) {
        try {
            URI x = new URI(a);
            URI y = new URI(b);
            return x.getScheme() != null
                    && x.getScheme().equalsIgnoreCase(y.getScheme())
                    && x.getRawAuthority() != null
                    && x.getRawAuthority().equalsIgnoreCase(y.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
