package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL ends every session of the site's database, as a restart or a fail-over does, while
 * the pool still holds them: the reads that follow at once are answered, not 500 (before, each
 * request that drew one of the dead connections within half a second of its last use failed).
 */
class DatabaseRestartIT {
    @Test
    void readsRightAfterTheDatabaseEndedEverySessionAreAnswered() throws Exception {
        assumeTrue(TestDatabase.postgres(), "ending the server's sessions is PostgreSQL's");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (AppAuthor author = AppAuthor.start("Restart IT", "alice", "correct-horse-battery")) {
            assertThat(author.http
                            .postForm("/api/v1/statuses", author.token, Map.of("status", "Before the restart"))
                            .status())
                    .isEqualTo(200);
            List<Integer> statuses = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                // Warm every pooled connection with parallel reads, then end them all at once.
                List<Callable<Integer>> reads = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    reads.add(() -> author.http
                            .get("/api/v1/timelines/home", author.token)
                            .status());
                }
                for (Future<Integer> read : pool.invokeAll(reads, 60, TimeUnit.SECONDS)) {
                    assertThat(read.get()).isEqualTo(200);
                }
                long ended = author.tables.count("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()");
                assertThat(ended).isPositive();
                for (int i = 0; i < 6; i++) {
                    MastodonApi.Answer home =
                            author.http.get("/api/v1/timelines/home?round=" + round + "&i=" + i, author.token);
                    statuses.add(home.status());
                    if (home.status() == 200) {
                        assertThat(home.json().get(0).get("content").asText()).contains("Before the restart");
                    }
                }
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
