package dev.kakehashi.federation.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.service.QuoteService;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Checks a QuoteAuthorization stamp as Mastodon does ({@code verify_quote_service.rb}), never
 * trusting the Accept that names it: fetched from its own URL on the quoted author's server, it is a
 * {@code QuoteAuthorization} by that author, for our post ({@code interactingObject}) quoting
 * theirs ({@code interactionTarget}).
 */
final class QuoteStampCheck {
    private final RemoteFetcher fetcher;

    QuoteStampCheck(RemoteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * @throws RejectedActivity when the stamp does not approve this quote
     * @throws IllegalStateException when it could not be fetched now (the inbox tries again)
     */
    void verify(String stamp, QuoteService.Asked asked) {
        if (stamp == null) {
            throw new RejectedActivity("an Accept of a QuoteRequest needs its QuoteAuthorization as result");
        }
        if (!NoteAuthorship.sameOrigin(asked.quotedAuthor(), stamp)) {
            throw new RejectedActivity("the stamp " + stamp + " is not on the server of " + asked.quotedAuthor());
        }
        JsonNode doc = fetch(stamp);
        String id = Activities.idOf(doc);
        if (id == null || !NoteAuthorship.sameOrigin(asked.quotedAuthor(), id)) {
            throw new RejectedActivity("the stamp " + stamp + " is not on the server of " + asked.quotedAuthor());
        }
        require(doc, "type", "QuoteAuthorization", stamp);
        require(doc, "attributedTo", asked.quotedAuthor(), stamp);
        require(doc, "interactingObject", asked.quoting(), stamp);
        require(doc, "interactionTarget", asked.quoted(), stamp);
    }

    private JsonNode fetch(String stamp) {
        URI uri;
        try {
            uri = new URI(stamp);
        } catch (URISyntaxException e) {
            throw new RejectedActivity("the stamp is not a URL: " + stamp);
        }
        try {
            return fetcher.fetchObject(uri);
        } catch (RemoteFetchException e) {
            if (e.reason() == RemoteFetchException.Reason.UNREACHABLE) {
                throw new IllegalStateException("the stamp " + stamp + " could not be fetched: " + e.getMessage(), e);
            }
            throw new RejectedActivity("the stamp " + stamp + " could not be fetched: " + e.getMessage());
        }
    }

    private static void require(JsonNode doc, String field, String expected, String stamp) {
        String value = Activities.idOf(doc.get(field));
        if (!expected.equals(value)) {
            throw new RejectedActivity("the stamp " + stamp + " has " + field + " " + value + ", not " + expected);
        }
    }
}
