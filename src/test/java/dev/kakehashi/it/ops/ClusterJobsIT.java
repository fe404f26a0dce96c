package dev.kakehashi.it.ops;

import static dev.kakehashi.it.ops.TwoNodeSite.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.StandaloneTomcat;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What one site on two nodes does once, whichever node does it (issue 9): an anonymous page cached
 * on node 2 shows an edit made through node 1 on the next request; a status scheduled through the
 * API publishes once; and the deliveries a node had claimed when its JVM was killed are sent by the
 * other once their lease ends, each exactly once.
 */
class ClusterJobsIT {
    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final int HOSTS = 2;
    private static final int INBOXES_PER_HOST = 10;

    @Test
    void cachedPagesScheduledStatusesAndADeadNodesClaimsEachHappenOnce() throws Exception {
        assumeTrue(TestDatabase.postgres(), "a cluster needs PostgreSQL");
        Map<String, String> settings = Map.of(
                "KAKEHASHI_SCHEDULE_MIN_LEAD_SECONDS",
                "2",
                "KAKEHASHI_DELIVERY_LEASE_MILLIS",
                String.valueOf(LEASE.toMillis()));
        try (TwoNodeSite site = TwoNodeSite.start(settings)) {
            try {
                run(site);
            } catch (Exception | AssertionError e) {
                site.printLogs();
                throw e;
            }
        }
    }

    private static void run(TwoNodeSite site) throws Exception {
        MastodonApi api = new MastodonApi(site.proxy.baseUrl());
        MastodonApi.App app = api.register("Cluster jobs IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        String token = api.passwordToken(app, TwoNodeSite.ADMIN, TwoNodeSite.PASSWORD, "read write follow");
        site.peer.follow(site.authorActor());
        site.peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), TwoNodeSite.PATIENCE);
        List<String> uris = new ArrayList<>();

        // A page cached on node 2 shows an edit made through node 1 as soon as node 2 hears the bus's
        // notice (milliseconds; the bound only keeps a loaded machine from failing the test).
        MastodonApi onOne = new MastodonApi(site.one.baseUrl());
        JsonNode status = post(onOne, token, "Cached before the edit");
        uris.add(status.get("uri").asText());
        String page = URI.create(status.get("url").asText()).getPath();
        WebClient readerOnTwo = new WebClient(site.two.baseUrl());
        assertThat(readerOnTwo.get(page).body()).contains("Cached before the edit");
        WebClient.Page cached = readerOnTwo.get(page);
        assertThat(cached.body()).contains("Cached before the edit");
        assertThat(cached.header("X-Kakehashi-Cache")).isEqualTo("hit");
        MastodonApi.Answer edit = onOne.method(
                "PUT",
                "/api/v1/statuses/" + status.get("id").asText(),
                token,
                "application/json",
                "{\"status\":\"Shown after the edit\"}");
        assertThat(edit.status()).as(edit.raw().body()).isEqualTo(200);
        Eventually.within(Duration.ofSeconds(5), "node 2 shows the edit made through node 1", () -> {
            String after = readerOnTwo.get(page).body();
            return after.contains("Shown after the edit") && !after.contains("Cached before the edit");
        });

        // The operator's least lead applies (2 s here, Mastodon's 5 minutes by default)...
        MastodonApi.Answer tooSoon = api.postJson(
                "/api/v1/statuses",
                token,
                Map.of("status", "Too soon", "scheduled_at", Instant.now().toString()));
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.json().path("error").asText()).contains("at least 2 seconds");
        // ...and a status scheduled through the proxy publishes once: one Create, shown once.
        MastodonApi.Answer scheduled = api.postJson(
                "/api/v1/statuses",
                token,
                Map.of(
                        "status", "Published by whichever node",
                        "visibility", "public",
                        "scheduled_at", Instant.now().plusSeconds(6).toString()));
        assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(200);
        assertThat(scheduled.json().has("scheduled_at")).isTrue();
        String scheduledId = scheduled.json().get("id").asText();
        Eventually.within(
                TwoNodeSite.PATIENCE,
                "the scheduled status is published",
                () -> api.get("/api/v1/statuses/" + scheduledId, token).status() == 200);
        uris.add(api.get("/api/v1/statuses/" + scheduledId, token)
                .json()
                .get("uri")
                .asText());
        site.awaitCreates(uris);
        site.awaitDrained();
        site.assertCreatedOnce(uris);
        String account = api.get("/api/v1/accounts/verify_credentials", token)
                .json()
                .get("id")
                .asText();
        JsonNode shown = api.get("/api/v1/accounts/" + account + "/statuses?limit=40", token)
                .json();
        assertThat(shown.findValuesAsText("content").stream().filter(c -> c.contains("Published by whichever node")))
                .hasSize(1);

        claimedDeliveriesOfAKilledNodeAreSentOnceByTheOther(site, token);
    }

    /**
     * Receivers hold every POST unanswered, so every row is claimed and none sent; the node holding
     * the most claims is killed, and the other sends each of its rows once their lease ends.
     */
    private static void claimedDeliveriesOfAKilledNodeAreSentOnceByTheOther(TwoNodeSite site, String token)
            throws Exception {
        List<Receiver> hosts = new ArrayList<>();
        try {
            Set<String> inboxes = new TreeSet<>();
            try (var c = site.db.connect(site.dataDir)) {
                String author = Followers.actorRef(c, TwoNodeSite.ADMIN);
                for (int h = 0; h < HOSTS; h++) {
                    Receiver r = Receiver.start();
                    hosts.add(r);
                    for (int i = 0; i < INBOXES_PER_HOST; i++) {
                        String actor = r.url("/users/u" + i);
                        Followers.add(c, author, actor, actor + "/inbox", null);
                        inboxes.add(r.url("/users/u" + i + "/inbox"));
                    }
                }
            }
            hosts.forEach(Receiver::hold);
            Instant posted = Instant.now();
            String uri = post(new MastodonApi(site.proxy.baseUrl()), token, "Held when its node dies")
                    .get("uri")
                    .asText();
            // Each host has its first POSTs waiting: every row is claimed, by one node or both.
            Eventually.within(TwoNodeSite.PATIENCE, "POSTs reach every held host", () -> hosts.stream()
                    .allMatch(r -> r.posts() > 0));
            String ofThePost = " from delivery where state = 'PENDING' and leased_until > current_timestamp"
                    + " and inbox_url in ("
                    + inboxes.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "))
                    + ")";
            long claimed = site.count("select count(*)" + ofThePost);
            String running = site.text("select claimed_by" + ofThePost
                    + " group by claimed_by order by count(*) desc, claimed_by limit 1");
            assertThat(running).as("the node holding the most claims").startsWith("node-");
            Set<String> deadInboxes = Set.of(
                    site.text("select string_agg(inbox_url, ' ')" + ofThePost + " and claimed_by = '" + running + "'")
                            .split(" "));
            int deadClaims = deadInboxes.size();
            StandaloneTomcat dead = running.equals("node-1") ? site.one : site.two;
            String killed = dead.killJvm();
            Instant killedAt = Instant.now();
            hosts.forEach(Receiver::release);
            assertThat(killed).contains("org.apache.catalina.startup.Bootstrap");
            assertThat(claimed).as("claimed rows not sent at the kill").isEqualTo(inboxes.size());

            Eventually.within(
                    LEASE.plus(TwoNodeSite.PATIENCE),
                    "every inbox acknowledges the Create",
                    () -> acknowledged(hosts).keySet().equals(inboxes));
            site.awaitDrained();
            assertThat(acknowledged(hosts)).allSatisfy((inbox, n) -> assertThat(n)
                    .as("Creates acknowledged by %s", inbox)
                    .isEqualTo(1L));
            List<Instant> arrivals = hosts.stream()
                    .flatMap(r -> r.received("Create").stream())
                    .map(Receiver.Delivery::arrived)
                    .toList();
            // The dead node's claim held its rows until the lease ran out; only then were they sent,
            // by the other node: no row is left claimed by the dead one.
            assertThat(hosts.stream().flatMap(r -> r.received("Create").stream()
                            .filter(d -> deadInboxes.contains(r.url(d.path())))))
                    .hasSize(deadClaims)
                    .allSatisfy(d -> assertThat(d.arrived()).isAfterOrEqualTo(posted.plus(LEASE)));
            assertThat(site.count("select count(*) from delivery where claimed_by = '" + running + "'"
                            + " and inbox_url in ("
                            + inboxes.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", ")) + ")"))
                    .as("rows still marked as sent by the dead node")
                    .isZero();
            assertThat(hosts.stream().flatMap(r -> r.received("Create").stream()))
                    .allSatisfy(d -> assertThat(
                                    d.activity().path("object").path("id").asText())
                            .isEqualTo(uri));
            assertThat(hosts).allSatisfy(r -> assertThat(r.refused()).isEmpty());
            System.out.printf(
                    "ClusterJobsIT: killed %s holding %d of %d claimed deliveries; all sent %d to %d ms after the kill%n",
                    running,
                    deadClaims,
                    claimed,
                    arrivals.stream()
                            .mapToLong(t -> Duration.between(killedAt, t).toMillis())
                            .min()
                            .orElse(-1),
                    arrivals.stream()
                            .mapToLong(t -> Duration.between(killedAt, t).toMillis())
                            .max()
                            .orElse(-1));
        } finally {
            hosts.forEach(Receiver::close);
        }
    }

    /** How many Creates each inbox (full URL) acknowledged. */
    private static Map<String, Long> acknowledged(List<Receiver> hosts) {
        return hosts.stream()
                .flatMap(r -> r.received("Create").stream().map(d -> r.url(d.path())))
                .collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()));
    }
}
