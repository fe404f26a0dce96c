package dev.kakehashi.federation.wellknown;

import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code /.well-known/webfinger}: JRD with CORS, so browser clients (Phanpy, Elk) can ask too.
 * Errors are JSON with the right status (Mastodon reads 410 as "gone" and 404 as "unknown").
 */
@Path("/.well-known/webfinger")
public final class WebFingerResource {
    static final String JRD = "application/jrd+json; charset=utf-8";

    private final WebFingerLookup lookup;

    public WebFingerResource(WebFingerLookup lookup) {
        this.lookup = lookup;
    }

    @GET
    public Response find(@QueryParam("resource") String resource) {
        try {
            return Response.ok(ApJson.write(lookup.find(resource)), JRD)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Cache-Control", "max-age=259200, public")
                    .build();
        } catch (ServiceException e) {
            return Response.status(e.status())
                    .type(JRD)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Cache-Control", "max-age=180, public")
                    .entity(ApJson.write(Map.of("error", e.getMessage())))
                    .build();
        }
    }
}
