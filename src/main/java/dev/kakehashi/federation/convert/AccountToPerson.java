package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Account;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ActorDocument;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.MediaObject;
import java.util.List;

/** An author as a {@code Person}, with every profile field Mastodon reads (INTEROP A2). */
public final class AccountToPerson {
    private final ActorIds ids;
    private final ActorParts parts;
    private final MediaToAttachment media;

    public AccountToPerson(ActorIds ids) {
        this.ids = ids;
        this.parts = new ActorParts(ids);
        this.media = new MediaToAttachment(ids.links());
    }

    public ActorDocument convert(Account a, String publicKeyPem, boolean locked) {
        ActorRef ref = ActorRef.author(a.id());
        MediaObject icon = a.avatar() == null ? null : media.convert(a.avatar());
        return new ActorDocument(
                Contexts.actor(),
                ids.actor(ref),
                "Person",
                a.username(),
                parts.handle(a.username()),
                a.displayName(),
                ActorParts.paragraphs(a.bio()),
                ids.links().author(a.username()),
                icon,
                null,
                ids.inbox(ref),
                ids.outbox(ref),
                ids.followers(ref),
                ids.following(ref),
                ids.featured(ref),
                parts.endpoints(),
                parts.key(ref, publicKeyPem),
                locked,
                true,
                true,
                ApJson.date(a.createdAt()),
                List.of(parts.blogField("Blog")),
                a.alsoKnownAs());
    }
}
