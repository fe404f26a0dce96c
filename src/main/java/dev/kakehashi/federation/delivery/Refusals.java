package dev.kakehashi.federation.delivery;

import java.util.Set;

/** Where nothing may be delivered: blocked domains, and inboxes of blocked or blocking actors. */
public interface Refusals {
    Refusals NONE = new Refusals() {
        @Override
        public boolean hostRefused(String host) {
            return false;
        }

        @Override
        public Set<String> inboxesRefused(String actorRef) {
            return Set.of();
        }
    };

    /** Whether a host (an authority, lower-case) gets nothing at all. */
    boolean hostRefused(String host);

    /** The personal inboxes that must not get what {@code actorRef} sends. Read once per activity. */
    Set<String> inboxesRefused(String actorRef);
}
