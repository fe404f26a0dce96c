package dev.kakehashi.federation.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.NoteAuthorship;
import dev.kakehashi.federation.inbox.RejectedActivity;

/**
 * {@code QuoteRequest} (FEP-044f, as Mastodon 4.5 sends it): someone asks to quote one of our posts
 * with their post, the {@code instrument} (embedded or by id). The request is checked to be the
 * signer's, about their own post, then answered by {@link QuoteApprovals}.
 */
public final class QuoteRequestHandler implements ActivityHandler<Inbound.QuoteRequest> {
    private final QuoteApprovals approvals;

    public QuoteRequestHandler(QuoteApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public void handle(Inbound.QuoteRequest activity) {
        String quoting = activity.instrument();
        JsonNode instrument = activity.embeddedInstrument();
        if (instrument != null && !NoteAuthorship.attributedTo(activity.actorId(), instrument)) {
            throw new RejectedActivity("the quoting post is not attributed to " + activity.actorId());
        }
        if (!NoteAuthorship.sameOrigin(activity.actorId(), quoting)) {
            throw new RejectedActivity("the quoting post " + quoting + " is not on the actor's server");
        }
        approvals.answer(new QuoteApprovals.Request(
                activity.id(),
                activity.actorId(),
                activity.object(),
                quoting,
                activity.from().type()));
    }
}
