package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Account;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ActorDocument;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.MediaObject;
import dev.kakehashi.federation.vocab.PropertyValue;
import dev.kakehashi.service.ProfileFieldHtml;
import java.util.ArrayList;
import java.util.List;

/**
 * An author as a {@code Person} ({@code Service} when marked a bot), with every profile field
 * Mastodon reads (INTEROP A2): header as {@code image}, the author's fields then the blog's link as
 * {@code PropertyValue}s.
 */
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
        MediaObject image = a.header() == null ? null : media.convert(a.header());
        List<PropertyValue> attachment = new ArrayList<>();
        a.fields().forEach(f -> attachment.add(PropertyValue.of(f.name(), ProfileFieldHtml.value(f.value()))));
        attachment.add(parts.blogField("Blog"));
        return new ActorDocument(
                Contexts.actor(),
                ids.actor(ref),
                // Mastodon shows a Service as a bot.
                a.bot() ? "Service" : "Person",
                a.username(),
                parts.handle(a.username()),
                a.displayName(),
                ActorParts.paragraphs(a.bio()),
                ids.links().author(a.username()),
                icon,
                image,
                ids.inbox(ref),
                ids.outbox(ref),
                ids.followers(ref),
                ids.following(ref),
                ids.featured(ref),
                parts.endpoints(),
                parts.key(ref, publicKeyPem),
                locked,
                a.discoverable(),
                a.discoverable(),
                ApJson.date(a.createdAt()),
                attachment,
                a.alsoKnownAs(),
                a.movedTo());
    }
}
