package dev.kakehashi.app;

import dev.kakehashi.store.stream.StreamBus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * {@code /health}, for load balancers and operators: which node answered, whether the database
 * answers, whether this node runs jobs and whether it hears the other nodes. 503 only when the
 * database does not answer, since nothing can be served then; a node whose job scheduler or bus is
 * down still serves pages, so it says {@code degraded} and stays in the balancer.
 */
@Path("/health")
public final class HealthResource {
    private final DataSource dataSource;
    private final String nodeId;
    private final Scheduler scheduler;
    private final StreamBus bus;

    public HealthResource(DataSource dataSource, String nodeId, Scheduler scheduler, StreamBus bus) {
        this.dataSource = dataSource;
        this.nodeId = nodeId;
        this.scheduler = scheduler;
        this.bus = bus;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database;
        try (Connection c = dataSource.getConnection()) {
            database = c.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        String jobs = jobs();
        boolean connected = bus.healthy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !database ? "down" : jobs.equals("started") && connected ? "up" : "degraded");
        body.put("node", nodeId);
        body.put("database", database ? "up" : "down");
        body.put("jobs", jobs);
        body.put("event_bus", connected ? "connected" : "disconnected");
        return Response.status(database ? 200 : 503)
                .entity(body)
                .header("Cache-Control", "no-store")
                .build();
    }

    private String jobs() {
        try {
            if (scheduler.isShutdown()) {
                return "shut down";
            }
            return scheduler.isInStandbyMode() ? "standby" : "started";
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
