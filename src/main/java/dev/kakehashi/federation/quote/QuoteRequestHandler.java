package dev.kakehashi.federation.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.vocab.Lenient;

/**
 * {@code QuoteRequest} (FEP-044f, as Mastodon 4.5 sends it): someone asks to quote one of our posts
 * with their post, the {@code instrument} (embedded or by id). The request is checked to be the
 * signer's, about their own post, then answered by {@link QuoteApprovals}.
 */
public final class QuoteRequestHandler implements InboxHandler {
    private final QuoteApprovals approvals;

    public QuoteRequestHandler(QuoteApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        JsonNode json = activity.json();
        String requestId = Activities.idOf(json);
        String quoted = Activities.objectId(json);
        JsonNode instrument = json.get("instrument");
        String quoting = Activities.idOf(instrument);
        if (requestId == null || quoted == null || quoting == null) {
            throw new RejectedActivity("a QuoteRequest needs an id, an object and an instrument");
        }
        if (instrument.isObject() && !NoteAuthorship.attributedTo(activity.actorId(), instrument)) {
            throw new RejectedActivity("the quoting post is not attributed to " + activity.actorId());
        }
        if (!NoteAuthorship.sameOrigin(activity.actorId(), quoting)) {
            throw new RejectedActivity("the quoting post " + quoting + " is not on the actor's server");
        }
        approvals.answer(new QuoteApprovals.Request(
                requestId, activity.actorId(), quoted, quoting, Lenient.text(json.get("type"))));
    }
}
