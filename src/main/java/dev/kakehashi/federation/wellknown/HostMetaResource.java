package dev.kakehashi.federation.wellknown;

import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.Links;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/** {@code /.well-known/host-meta} (XRD) and {@code host-meta.json}: where WebFinger lives (INTEROP A1.7). */
@Path("/")
public final class HostMetaResource {
    private final Links links;

    public HostMetaResource(Links links) {
        this.links = links;
    }

    private String template() {
        return links.at("/.well-known/webfinger?resource={uri}");
    }

    @GET
    @Path(".well-known/host-meta")
    public Response xml() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
                + "  <Link rel=\"lrdd\" template=\"" + Entities.escape(template()) + "\"/>\n"
                + "</XRD>\n";
        return Response.ok(xml, "application/xrd+xml; charset=utf-8")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }

    @GET
    @Path(".well-known/host-meta.json")
    public Response json() {
        String json = ApJson.write(Map.of("links", List.of(Map.of("rel", "lrdd", "template", template()))));
        return Response.ok(json, "application/json; charset=utf-8")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
