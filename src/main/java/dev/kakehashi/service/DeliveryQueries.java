package dev.kakehashi.service;

import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.Transactions;
import java.util.List;

/** How a post's activities stand on their way to followers' servers, for its author. */
public final class DeliveryQueries {
    /**
     * Inbox deliveries of every activity about one post (Create, Announce, Update, Delete).
     *
     * @param delivered acknowledged by the receiving server
     * @param retrying failed at least once, will be tried again
     * @param pending not tried yet
     * @param failed given up for good (refused, gone, or two days of failures)
     * @param lastErrors the latest errors of deliveries not delivered, as "host: error"
     */
    public record PostDelivery(long delivered, long retrying, long pending, long failed, List<String> lastErrors) {
        public long total() {
            return delivered + retrying + pending + failed;
        }
    }

    private final Transactions tx;
    private final DeliveryRepository deliveries;

    public DeliveryQueries(Transactions tx, DeliveryRepository deliveries) {
        this.tx = tx;
        this.deliveries = deliveries;
    }

    /** The delivery counts of one post; all zero when nothing was sent (no followers, never published). */
    public PostDelivery forPost(long postId) {
        var s = tx.call(() -> deliveries.statsForPost(postId));
        return new PostDelivery(s.delivered(), s.retrying(), s.pending(), s.failed(), s.lastErrors());
    }
}
