package dev.kakehashi.federation.convert;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ActorDocument;
import dev.kakehashi.federation.vocab.Contexts;

/**
 * The instance actor that signs Kakehashi's own fetches: an {@code Application} with Mastodon's
 * reduced field set (INTEROP A2.8). Its username is the host, as on Mastodon.
 */
public final class InstanceToApplication {
    private final ActorIds ids;
    private final ActorParts parts;

    public InstanceToApplication(ActorIds ids) {
        this.ids = ids;
        this.parts = new ActorParts(ids);
    }

    public static String username(ActorIds ids) {
        return java.net.URI.create(ids.links().base()).getHost();
    }

    public ActorDocument convert(String publicKeyPem) {
        ActorRef ref = ActorRef.INSTANCE;
        return new ActorDocument(
                Contexts.actor(),
                ids.actor(ref),
                "Application",
                username(ids),
                null,
                null,
                null,
                ids.links().home(),
                null,
                null,
                ids.inbox(ref),
                ids.outbox(ref),
                null,
                null,
                null,
                parts.endpoints(),
                parts.key(ref, publicKeyPem),
                true,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
