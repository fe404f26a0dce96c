package dev.kakehashi.federation.quote;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.actor.LocalActors;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.service.QuoteService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QuoteAuthorization stamps {@link QuoteApprovals} granted, as the quoting server fetches them
 * to check a quote (Mastodon's {@code verify_quote_service.rb}): who granted it ({@code
 * attributedTo}), their post ({@code interactingObject}) and ours ({@code interactionTarget}). A
 * stamp of a post no longer published for everyone is gone.
 */
public final class QuoteStamps {
    /** ActivityStreams and the FEP-044f terms, as Mastodon writes them. */
    static final List<Object> CONTEXT = context();

    private final QuoteService quotes;
    private final LocalActors local;

    public QuoteStamps(QuoteService quotes, LocalActors local) {
        this.quotes = quotes;
        this.local = local;
    }

    /** The stamp {@code stampId} of the post {@code postId} as a JSON-LD document, or empty. */
    public Optional<Map<String, Object>> document(long postId, long stampId) {
        return quotes.stamp(postId, stampId).map(this::document);
    }

    private Map<String, Object> document(QuoteService.Stamp stamp) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("id", local.ids().quoteAuthorization(stamp.postId(), stamp.stampId()));
        doc.put("type", "QuoteAuthorization");
        doc.put("attributedTo", local.ids().actor(local.attributedTo(stamp.authorId())));
        doc.put("interactingObject", stamp.quotingUri());
        doc.put("interactionTarget", local.ids().post(stamp.postId()));
        return doc;
    }

    private static List<Object> context() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put(ActivityType.QUOTE_REQUEST.asName(), "https://w3id.org/fep/044f#QuoteRequest");
        terms.put("QuoteAuthorization", "https://w3id.org/fep/044f#QuoteAuthorization");
        terms.put("gts", "https://gotosocial.org/ns#");
        terms.put("interactingObject", Map.of("@id", "gts:interactingObject", "@type", "@id"));
        terms.put("interactionTarget", Map.of("@id", "gts:interactionTarget", "@type", "@id"));
        return List.of(Contexts.ACTIVITYSTREAMS, terms);
    }
}
