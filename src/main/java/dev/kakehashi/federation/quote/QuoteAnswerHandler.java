package dev.kakehashi.federation.quote;

import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.remote.RemoteFetcher;

/**
 * {@code Accept} or {@code Reject} of one of our QuoteRequests (FEP-044f), from the author we asked:
 * an Accept approves the quote only once the stamp it names as {@code result} is fetched and checked
 * ({@link QuoteStampCheck}); a Reject refuses it.
 */
public final class QuoteAnswerHandler implements InboxHandler {
    private final QuoteRequests requests;
    private final QuoteStampCheck stamps;
    private final boolean accept;

    private QuoteAnswerHandler(QuoteRequests requests, QuoteStampCheck stamps, boolean accept) {
        this.requests = requests;
        this.stamps = stamps;
        this.accept = accept;
    }

    public static QuoteAnswerHandler accept(QuoteRequests requests, RemoteFetcher fetcher) {
        return new QuoteAnswerHandler(requests, new QuoteStampCheck(fetcher), true);
    }

    public static QuoteAnswerHandler reject(QuoteRequests requests) {
        return new QuoteAnswerHandler(requests, null, false);
    }

    @Override
    public void handle(ReceivedActivity activity) {
        QuoteRequests.Asked asked = requests.asked(Activities.objectId(activity.json()), activity.actorId());
        if (!accept) {
            requests.rejected(asked);
            return;
        }
        String stamp = Activities.idOf(activity.json().get("result"));
        stamps.verify(stamp, asked);
        requests.accepted(asked, stamp);
    }
}
