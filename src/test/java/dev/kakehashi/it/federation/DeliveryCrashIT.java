package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.StandaloneTomcat;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.it.WebClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A hard crash in the middle of a fan-out, as a deployer would meet it: the WAR in a stand-alone
 * Tomcat 11, killed with SIGKILL (no shutdown hook, no context listener runs) while slow receivers
 * on four hosts are still taking the Create, then started again on the same data. Every inbox gets
 * the Create exactly once: what was acknowledged before the kill is not sent again, what was not
 * comes back to the restarted node when the dead node's lease on its rows ends.
 */
class DeliveryCrashIT {
    private static final int HOSTS = 4;
    private static final int INBOXES_PER_HOST = 30;
    private static final Duration SLOW = Duration.ofMillis(250);
    /** The kill must come in the middle of the fan-out: look often. */
    private static final Duration STEP = Duration.ofMillis(20);

    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @Test
    void aTomcatKilledMidFanOutFinishesItAfterTheRestartAndSendsNothingTwiceThatWasAcknowledged()
            throws java.sql.SQLException {
        Path home = StandaloneTomcat.tomcat11();
        Path war = StandaloneTomcat.builtWar();
        List<Receiver> hosts = new ArrayList<>();
        StandaloneTomcat tomcat = StandaloneTomcat.create(home, home.resolve("conf"), war);
        Path dataDir = tomcat.base().resolve("kakehashi-data");
        TestDatabase db = TestDatabase.migrated(dataDir);
        try {
            for (int i = 0; i < HOSTS; i++) {
                hosts.add(Receiver.start().delay(SLOW));
            }
            Map<String, String> env = env(tomcat, dataDir, db);
            tomcat.start(env).awaitHealthy(START_TIMEOUT);
            tomcat.stop();
            // Followers with an inbox each (no shared inbox): 30 deliveries per host, 4 at a time.
            Set<String> inboxes = new java.util.TreeSet<>();
            try (var c = db.connect(dataDir)) {
                String alice = Followers.actorRef(c, "deployer");
                for (Receiver r : hosts) {
                    for (int i = 0; i < INBOXES_PER_HOST; i++) {
                        String actor = r.url("/users/u" + i);
                        Followers.add(c, alice, actor, actor + "/inbox", null);
                        inboxes.add(r.url("/users/u" + i + "/inbox"));
                    }
                }
            }
            tomcat.start(env).awaitHealthy(START_TIMEOUT);
            WebClient admin = new WebClient(tomcat.baseUrl()).logIn("deployer", "deployer-password-1");

            Instant published = Instant.now();
            String postId = admin.compose("note", "publish", "body", "Across the river, whatever happens.");
            Eventually.within(
                    Duration.ofSeconds(60),
                    STEP,
                    "20 acknowledgments",
                    () -> acknowledged(hosts).size() >= 20);
            // Freeze: new POSTs wait unanswered; those already past the door are answered within
            // SLOW, and Kakehashi commits an answer within ~50 ms (FLUSH_MILLIS). Once the author
            // sees every acknowledgment delivered, pull the plug: an acknowledgment committed then
            // must survive (H2 once lost the last 500 ms).
            hosts.forEach(Receiver::hold);
            Eventually.within(
                    Duration.ofSeconds(30),
                    STEP,
                    "every acknowledgment before the freeze shown delivered",
                    () -> hosts.stream().allMatch(r -> r.answering() == 0)
                            && delivered(admin, postId)
                                    .equals(String.valueOf(acknowledged(hosts).size())));
            Set<String> ackedBeforeKill = acknowledged(hosts);
            String killed = tomcat.killJvm();
            Instant killedAt = Instant.now();
            hosts.forEach(Receiver::release);
            int postsAtKill = hosts.stream().mapToInt(Receiver::posts).sum();

            assertThat(killed).contains("java").contains("org.apache.catalina.startup.Bootstrap");
            assertThat(tomcat.status("/health"))
                    .as("the killed Tomcat answers nothing")
                    .isEqualTo(-1);
            assertThat(ackedBeforeKill)
                    .as("the kill came in the middle of the fan-out")
                    .hasSizeBetween(20, inboxes.size() - 1);

            System.out.printf(
                    "DeliveryCrashIT: killed %s%n  %d of %d inboxes acknowledged before the kill, %d POSTs seen%n",
                    killed, ackedBeforeKill.size(), inboxes.size(), postsAtKill);
            tomcat.start(env).awaitHealthy(START_TIMEOUT);
            Eventually.within(
                    Duration.ofSeconds(120),
                    STEP,
                    "every inbox acknowledged",
                    () -> acknowledged(hosts).size() == inboxes.size());
            // Every delivery row has its outcome, as the author sees in the admin: the queue is
            // drained, so nothing more can be sent, and what arrived twice has arrived by now.
            Eventually.within(Duration.ofSeconds(60), "every delivery shown delivered", () -> delivered(admin, postId)
                    .equals(String.valueOf(inboxes.size())));

            Map<String, Long> createsPerInbox = hosts.stream()
                    .flatMap(r -> r.received("Create").stream().map(d -> r.url(d.path())))
                    .collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()));
            assertThat(createsPerInbox.keySet()).isEqualTo(inboxes);
            assertThat(createsPerInbox).allSatisfy((inbox, n) -> assertThat(n)
                    .as("Creates acknowledged by %s", inbox)
                    .isEqualTo(1L));
            List<Receiver.Delivery> afterKill = hosts.stream()
                    .flatMap(r -> r.received("Create").stream())
                    .filter(d -> d.arrived().isAfter(killedAt))
                    .toList();
            System.out.printf(
                    "  after the restart: %d Creates, the first %d ms after the kill%n",
                    afterKill.size(),
                    afterKill.stream()
                            .map(Receiver.Delivery::arrived)
                            .min(Instant::compareTo)
                            .map(t -> Duration.between(killedAt, t).toMillis())
                            .orElse(-1L));
            assertThat(afterKill).hasSize(inboxes.size() - ackedBeforeKill.size());
            // The dead node's claim held its rows until the lease ran out; only then were they resent.
            assertThat(afterKill).allSatisfy(d -> assertThat(d.arrived()).isAfterOrEqualTo(published.plus(LEASE)));
            assertThat(afterKill).allSatisfy(d -> assertThat(
                            d.activity().path("object").path("content").asText())
                    .contains("Across the river"));
            assertThat(hosts.stream().mapToInt(Receiver::posts).sum()).isGreaterThan(postsAtKill);
            assertThat(hosts).allSatisfy(r -> assertThat(r.refused()).isEmpty());
        } catch (AssertionError | RuntimeException e) {
            System.err.println("---- Tomcat log ----\n" + tomcat.log());
            throw e;
        } finally {
            tomcat.close();
            hosts.forEach(Receiver::close);
            db.drop();
        }
    }

    private static Map<String, String> env(StandaloneTomcat tomcat, Path dataDir, TestDatabase db) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAKEHASHI_BASE_URL", tomcat.baseUrl());
        env.put("KAKEHASHI_DATA_DIR", dataDir.toString());
        env.put("KAKEHASHI_ADMIN_USERNAME", "deployer");
        env.put("KAKEHASHI_ADMIN_PASSWORD", "deployer-password-1");
        env.put("KAKEHASHI_ADMIN_EMAIL", "deployer@example.com");
        env.put("KAKEHASHI_ALLOW_PRIVATE_NETWORKS", "true");
        env.put("KAKEHASHI_DELIVERY_LEASE_MILLIS", String.valueOf(LEASE.toMillis()));
        env.put("KAKEHASHI_DELIVERY_FIRST_RETRY_MILLIS", "300");
        if (db.url() != null) {
            env.put("KAKEHASHI_DB_URL", db.url());
            env.put("KAKEHASHI_DB_USER", db.user());
        }
        return env;
    }

    /** Inboxes (full URLs) that acknowledged a Create. */
    private static Set<String> acknowledged(List<Receiver> hosts) {
        return hosts.stream()
                .flatMap(r -> r.received("Create").stream().map(d -> r.url(d.path())))
                .collect(Collectors.toSet());
    }

    /** How many of the post's deliveries the author sees delivered, on the post's edit page. */
    private static String delivered(WebClient admin, String postId) {
        return admin.get("/admin/posts/" + postId + "/edit")
                .html()
                .select("#delivery .delivered")
                .text();
    }
}
