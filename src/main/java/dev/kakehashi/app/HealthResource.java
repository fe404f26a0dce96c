package dev.kakehashi.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** {@code /health}: 200 when the database answers, 503 when it does not. For load balancers. */
@Path("/health")
public final class HealthResource {
    private final DataSource dataSource;

    public HealthResource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean ok;
        try (Connection c = dataSource.getConnection()) {
            ok = c.isValid(2);
        } catch (Exception e) {
            ok = false;
        }
        body.put("status", ok ? "up" : "down");
        body.put("database", ok ? "up" : "down");
        return Response.status(ok ? 200 : 503)
                .entity(body)
                .header("Cache-Control", "no-store")
                .build();
    }
}
