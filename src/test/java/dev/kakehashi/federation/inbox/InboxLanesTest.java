package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.store.InboxRepository.Received;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InboxLanesTest {
    private static List<Received> batch(int actors, int perActor) {
        List<Received> rows = new ArrayList<>();
        long id = 0;
        for (int i = 0; i < perActor; i++) {
            for (int a = 0; a < actors; a++) {
                rows.add(
                        new Received(++id, "id" + id, "Like", "https://peer.example/users/u" + a, null, null, "{}", 0));
            }
        }
        return rows;
    }

    @Test
    void everyRowIsHandledOnceAndEachActorsRowsInTheirOrder() {
        List<Received> rows = batch(7, 20);
        Map<String, List<Long>> seen = new ConcurrentHashMap<>();
        try (InboxLanes lanes = new InboxLanes(4)) {
            lanes.run(rows, row -> seen.computeIfAbsent(row.actorUri(), a -> new CopyOnWriteArrayList<>())
                    .add(row.id()));
        }
        assertThat(seen).hasSize(7);
        for (List<Long> ids : seen.values()) {
            assertThat(ids).hasSize(20).isSorted();
        }
    }

    @Test
    void aFailingLaneStopsNoOtherAndItsFailureIsRethrownAfterAllEnded() {
        List<Received> rows = batch(8, 5);
        List<Long> handled = new CopyOnWriteArrayList<>();
        try (InboxLanes lanes = new InboxLanes(4)) {
            assertThatThrownBy(() -> lanes.run(rows, row -> {
                        if (row.actorUri().endsWith("/u3")) {
                            throw new IllegalStateException("handler down");
                        }
                        handled.add(row.id());
                    }))
                    .hasMessage("handler down");
        }
        int failingLane = Math.floorMod("https://peer.example/users/u3".hashCode(), 4);
        List<Long> otherLanes = rows.stream()
                .filter(r -> Math.floorMod(r.actorUri().hashCode(), 4) != failingLane)
                .map(Received::id)
                .toList();
        // Rows after the failure on its own lane wait for the lease; every other lane finished.
        assertThat(otherLanes).isNotEmpty();
        assertThat(handled).containsAll(otherLanes).doesNotHaveDuplicates();
    }
}
