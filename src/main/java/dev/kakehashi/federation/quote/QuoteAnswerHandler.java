package dev.kakehashi.federation.quote;

import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.federation.remote.RemoteFetcher;
import dev.kakehashi.service.QuoteService;
import dev.kakehashi.service.error.ServiceException;

/**
 * {@code Accept} or {@code Reject} of one of our QuoteRequests (FEP-044f), from the author we asked:
 * an Accept approves the quote only once the stamp it names as {@code result} is fetched and checked
 * ({@link QuoteStampCheck}); a Reject refuses it.
 */
public final class QuoteAnswerHandler implements ActivityHandler<Inbound.Answer> {
    private final QuoteService requests;
    private final QuoteStampCheck stamps;
    private final boolean accept;

    private QuoteAnswerHandler(QuoteService requests, QuoteStampCheck stamps, boolean accept) {
        this.requests = requests;
        this.stamps = stamps;
        this.accept = accept;
    }

    public static QuoteAnswerHandler accept(QuoteService requests, RemoteFetcher fetcher) {
        return new QuoteAnswerHandler(requests, new QuoteStampCheck(fetcher), true);
    }

    public static QuoteAnswerHandler reject(QuoteService requests) {
        return new QuoteAnswerHandler(requests, null, false);
    }

    /** Which answer this handles, as logs and the inbox table's tests name it. */
    @Override
    public String toString() {
        return accept ? "QuoteAnswerHandler[accept]" : "QuoteAnswerHandler[reject]";
    }

    @Override
    public void handle(Inbound.Answer activity) {
        try {
            QuoteService.Asked asked = requests.asked(activity.object(), activity.actorId());
            if (!accept) {
                requests.rejected(asked);
                return;
            }
            String stamp = activity.result();
            stamps.verify(stamp, asked);
            requests.accepted(asked, stamp);
        } catch (ServiceException e) {
            throw new RejectedActivity(e.getMessage());
        }
    }
}
