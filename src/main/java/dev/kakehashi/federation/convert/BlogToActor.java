package dev.kakehashi.federation.convert;

import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ActorDocument;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.service.SiteSettings;
import java.time.Instant;
import java.util.List;

/**
 * The whole blog as one actor. A {@code Group}, as the WordPress plugin does: it speaks for several
 * authors, and in "both" mode it boosts their posts.
 */
public final class BlogToActor {
    private final ActorIds ids;
    private final ActorParts parts;

    public BlogToActor(ActorIds ids) {
        this.ids = ids;
        this.parts = new ActorParts(ids);
    }

    /** @param since when the blog began: its first account's creation */
    public ActorDocument convert(SiteSettings site, String handle, String publicKeyPem, Instant since) {
        return convert(site, handle, publicKeyPem, since, false);
    }

    /** @param locked true when followers need approval ({@code manuallyApprovesFollowers}) */
    public ActorDocument convert(SiteSettings site, String handle, String publicKeyPem, Instant since, boolean locked) {
        return convert(site, handle, publicKeyPem, since, locked, List.of());
    }

    /** @param alsoKnownAs the blog's former accounts elsewhere, so followers can move in (FEP-7628) */
    public ActorDocument convert(
            SiteSettings site,
            String handle,
            String publicKeyPem,
            Instant since,
            boolean locked,
            List<String> alsoKnownAs) {
        return convert(site, handle, publicKeyPem, since, locked, alsoKnownAs, null);
    }

    /** @param movedTo the blog's new account when it moved out (FEP-7628), else null */
    public ActorDocument convert(
            SiteSettings site,
            String handle,
            String publicKeyPem,
            Instant since,
            boolean locked,
            List<String> alsoKnownAs,
            String movedTo) {
        ActorRef ref = ActorRef.BLOG;
        return new ActorDocument(
                Contexts.actor(),
                ids.actor(ref),
                "Group",
                handle,
                parts.handle(handle),
                site.title(),
                ActorParts.paragraphs(site.description()),
                ids.links().home(),
                null,
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
                ApJson.date(since),
                List.of(parts.blogField("Website")),
                alsoKnownAs,
                movedTo);
    }
}
