package dev.kakehashi.service;

import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.RemoteHostRepository;
import dev.kakehashi.store.Transactions;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Delivery at a glance for the dashboard: where the followers are, and which servers are paused. */
public final class DeliveryOverview {
    /** Servers listed by name; the rest are counted together. */
    static final int SERVERS_SHOWN = 8;
    /** Inboxes read to count servers: a shared inbox stands for a whole server. */
    static final int INBOXES_READ = 5_000;

    /** Follows from one server. */
    public record Server(String host, long follows) {}

    /** A server deliveries wait for, until {@code until}. */
    public record Paused(String host, Instant until, int failures, String lastError) {}

    /**
     * @param follows every accepted follow counted
     * @param servers the servers with the most follows, most first
     * @param otherServers how many more servers follow
     * @param paused servers deliveries are paused for now
     */
    public record Overview(long follows, List<Server> servers, int otherServers, List<Paused> paused) {}

    private final Transactions tx;
    private final FollowerRepository followers;
    private final RemoteHostRepository hosts;
    private final Clock clock;

    public DeliveryOverview(Transactions tx, FollowerRepository followers, RemoteHostRepository hosts, Clock clock) {
        this.tx = tx;
        this.followers = followers;
        this.hosts = hosts;
        this.clock = clock;
    }

    /**
     * The follows of the blog and every author (or of one local actor, {@code "account:<id>"}), by
     * server, with the servers paused now.
     */
    public Overview of(String localActor) {
        return tx.call(() -> {
            Map<String, Long> byHost = new LinkedHashMap<>();
            long total = 0;
            for (var row : followers.acceptedByInbox(localActor, INBOXES_READ)) {
                byHost.merge(host(row.inbox()), row.follows(), Long::sum);
                total += row.follows();
            }
            List<Server> servers = byHost.entrySet().stream()
                    .map(e -> new Server(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(Server::follows).reversed().thenComparing(Server::host))
                    .toList();
            List<Paused> paused = hosts.pausedAt(clock.instant(), SERVERS_SHOWN).stream()
                    .map(p -> new Paused(p.host(), p.until(), p.failures(), p.lastError()))
                    .toList();
            return new Overview(
                    total,
                    servers.subList(0, Math.min(SERVERS_SHOWN, servers.size())),
                    Math.max(0, servers.size() - SERVERS_SHOWN),
                    paused);
        });
    }

    private static String host(String inbox) {
        try {
            String authority = URI.create(inbox).getRawAuthority();
            return authority == null ? inbox : authority.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return inbox;
        }
    }
}
