package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.service.ClusterCaches;
import dev.kakehashi.store.stream.PgStreamBus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two nodes' buses on one PostgreSQL: a cache named stale on one node is dropped on the other, by
 * name only; the node that sent a notice does not hear it back (it dropped its own copy already);
 * and a node that (re)connects drops all it holds, since it may have missed notices.
 */
class ClusterCachesIT {
    @Test
    void aCacheChangedOnOneNodeIsDroppedOnTheOther() {
        assumeTrue(TestDatabase.postgres(), "LISTEN/NOTIFY needs PostgreSQL");
        TestDatabase db = TestDatabase.create(Path.of("."));
        PGSimpleDataSource pool = new PGSimpleDataSource();
        pool.setURL(db.url());
        pool.setUser(db.user());
        PgStreamBus one = PgStreamBus.open(pool, db.url(), db.user(), "");
        PgStreamBus two = PgStreamBus.open(pool, db.url(), db.user(), "");
        try {
            ClusterCaches onOne = new ClusterCaches(one);
            ClusterCaches onTwo = new ClusterCaches(two);
            List<String> droppedOnOne = new CopyOnWriteArrayList<>();
            onOne.register("settings", () -> droppedOnOne.add("settings"));
            onOne.register("blocklist", () -> droppedOnOne.add("blocklist"));
            List<String> droppedOnTwo = new CopyOnWriteArrayList<>();
            onTwo.register("settings", () -> droppedOnTwo.add("settings"));
            onTwo.register("blocklist", () -> droppedOnTwo.add("blocklist"));
            one.start();
            two.start();
            Eventually.within(Duration.ofSeconds(10), "both buses listen", () -> one.healthy() && two.healthy());
            Eventually.within(
                    Duration.ofSeconds(5),
                    "both nodes dropped all on connecting",
                    () -> droppedOnOne.size() == 2 && droppedOnTwo.size() == 2);
            droppedOnOne.clear();
            droppedOnTwo.clear();

            onOne.changed("blocklist");
            Eventually.within(Duration.ofSeconds(5), "node two hears the change", () -> !droppedOnTwo.isEmpty());
            assertThat(droppedOnTwo).containsExactly("blocklist");

            // PostgreSQL hands each listener the notices in commit order: once node one hears node
            // two's later notice, it would have heard its own echo before it.
            onTwo.changed("settings");
            Eventually.within(Duration.ofSeconds(5), "node one hears node two", () -> !droppedOnOne.isEmpty());
            assertThat(droppedOnOne).containsExactly("settings");
            assertThat(droppedOnTwo).containsExactly("blocklist");
        } finally {
            one.close();
            two.close();
            db.drop();
        }
    }
}
