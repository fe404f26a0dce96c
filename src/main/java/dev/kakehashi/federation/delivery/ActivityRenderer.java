package dev.kakehashi.federation.delivery;

import dev.kakehashi.store.OutboxRepository;
import java.util.Optional;

/** Turns a queued activity into the JSON that is sent; empty when there is nothing left to send. */
public interface ActivityRenderer {
    Optional<String> render(OutboxRepository.Pending activity);
}
