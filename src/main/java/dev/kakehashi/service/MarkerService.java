package dev.kakehashi.service;

import dev.kakehashi.domain.Marker;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.MarkerRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading positions of the Mastodon API's timelines ({@code home}, {@code notifications}). */
public final class MarkerService {
    public static final Set<String> TIMELINES = Set.of("home", "notifications");
    private static final Pattern ID = Pattern.compile("[0-9]{1,20}");

    private final Transactions tx;
    private final MarkerRepository markers;
    private final Clock clock;

    public MarkerService(Transactions tx, MarkerRepository markers, Clock clock) {
        this.tx = tx;
        this.markers = markers;
        this.clock = clock;
    }

    public List<Marker> of(long accountId) {
        return tx.call(() -> markers.of(accountId));
    }

    /**
     * Saves positions, all or none.
     *
     * @param positions timeline to last read id
     * @throws InvalidInputException 422 for an unknown timeline or an id that is not one
     */
    public List<Marker> save(long accountId, Map<String, String> positions) {
        Map<String, String> checked = new LinkedHashMap<>();
        positions.forEach((timeline, id) -> {
            if (!TIMELINES.contains(timeline)) {
                throw InvalidInputException.of("timeline", "Timeline must be home or notifications");
            }
            if (id == null || !ID.matcher(id).matches()) {
                throw InvalidInputException.of("last_read_id", "Last read id must be an id");
            }
            checked.put(timeline, id);
        });
        if (checked.isEmpty()) {
            throw InvalidInputException.of("timeline", "Give home[last_read_id] or notifications[last_read_id]");
        }
        try {
            return tx.call(() -> {
                checked.forEach((t, id) -> markers.save(accountId, t, id, clock.instant()));
                return markers.of(accountId).stream()
                        .filter(m -> checked.containsKey(m.timeline()))
                        .toList();
            });
        } catch (RuntimeException e) {
            if (e instanceof ServiceException) {
                throw e;
            }
            // Two saves of a first marker at once: Mastodon answers 409 and the client retries.
            throw ServiceException.conflict("Another update of the markers was under way; try again");
        }
    }
}
