package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A local actor as peers fetch it (INTEROP A2). Null fields are left out of the JSON. */
@JsonPropertyOrder({"@context", "id", "type"})
public record ActorDocument(
        @JsonProperty("@context") List<Object> context,
        String id,
        String type,
        String preferredUsername,
        String webfinger,
        String name,
        String summary,
        String url,
        MediaObject icon,
        MediaObject image,
        String inbox,
        String outbox,
        String followers,
        String following,
        String featured,
        Endpoints endpoints,
        PublicKey publicKey,
        Boolean manuallyApprovesFollowers,
        Boolean discoverable,
        Boolean indexable,
        String published,
        List<PropertyValue> attachment,
        List<String> alsoKnownAs,
        String movedTo) {

    /** The same document without {@code @context}, to embed in an activity that has its own. */
    public ActorDocument withoutContext() {
        return new ActorDocument(
                null,
                id,
                type,
                preferredUsername,
                webfinger,
                name,
                summary,
                url,
                icon,
                image,
                inbox,
                outbox,
                followers,
                following,
                featured,
                endpoints,
                publicKey,
                manuallyApprovesFollowers,
                discoverable,
                indexable,
                published,
                attachment,
                alsoKnownAs,
                movedTo);
    }
}
