package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.domain.Marker;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonBodyReader;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.json.MastodonTime;
import dev.kakehashi.service.MarkerService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET/POST /api/v1/markers} (INTEROP B10.2). A {@code notifications} marker is always
 * answered when asked for (Elk reads it without a guard), at id {@code 0} before the first save.
 */
@Path("/api/v1/markers")
@Produces(MediaType.APPLICATION_JSON)
public final class MarkersResource {
    private final MarkerService markers;

    public MarkersResource(MarkerService markers) {
        this.markers = markers;
    }

    @GET
    @RequiresScope("read:statuses")
    public Map<String, Object> get(@Context UriInfo uri, @Context ContainerRequestContext request) {
        long id = ApiCaller.accountOf(request);
        List<String> asked =
                MastodonBodyReader.fromForm(uri.getQueryParameters()).list("timeline");
        Map<String, Object> out = new LinkedHashMap<>();
        for (Marker m : markers.of(id)) {
            if (asked.isEmpty() || asked.contains(m.timeline())) {
                out.put(m.timeline(), entity(m));
            }
        }
        if ((asked.isEmpty() || asked.contains("notifications")) && !out.containsKey("notifications")) {
            out.put("notifications", entity(new Marker("notifications", "0", 0, Instant.EPOCH)));
        }
        return out;
    }

    @POST
    @RequiresScope("write:statuses")
    public Map<String, Object> save(MastodonBody body, @Context ContainerRequestContext request) {
        long id = ApiCaller.accountOf(request);
        MastodonBody b = MastodonBody.of(body);
        Map<String, String> positions = new LinkedHashMap<>();
        for (String timeline : b.keys()) {
            positions.put(timeline, b.object(timeline).stringOrNull("last_read_id"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        markers.save(id, positions).forEach(m -> out.put(m.timeline(), entity(m)));
        return out;
    }

    private static Map<String, Object> entity(Marker m) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("last_read_id", m.lastReadId());
        e.put("version", m.version());
        e.put("updated_at", MastodonTime.datetime(m.updatedAt()));
        return e;
    }
}
