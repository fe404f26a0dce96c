package dev.kakehashi.federation.wellknown;

import dev.kakehashi.federation.actor.ApResponses;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettings;
import dev.kakehashi.service.SiteUsage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NodeInfo discovery and the 2.0 and 2.1 documents with real usage counts (INTEROP A1.8-10).
 * {@code software.name} is our own, {@code kakehashi}, so crawlers and peers see what we are;
 * {@code metadata.upstream.name = "mastodon"} tells client libraries (megalodon) that the
 * Mastodon client API is spoken here.
 */
@Path("/")
public final class NodeInfoResource {
    static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/";

    private final Links links;
    private final SiteService site;
    private final SiteUsage usage;
    private final String version;

    public NodeInfoResource(Links links, SiteService site, SiteUsage usage, String version) {
        this.links = links;
        this.site = site;
        this.usage = usage;
        this.version = version;
    }

    @GET
    @Path(".well-known/nodeinfo")
    public Response discovery() {
        return json(
                Map.of(
                        "links",
                        List.of(
                                Map.of("rel", SCHEMA + "2.0", "href", links.at("/nodeinfo/2.0")),
                                Map.of("rel", SCHEMA + "2.1", "href", links.at("/nodeinfo/2.1")))),
                "application/json");
    }

    @GET
    @Path("nodeinfo/{version: 2\\.[01]}")
    public Response document(@jakarta.ws.rs.PathParam("version") String schema) {
        SiteUsage.Usage u = usage.current();
        SiteSettings s = site.current();
        Map<String, Object> software = new LinkedHashMap<>();
        software.put("name", "kakehashi");
        software.put("version", version);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", schema);
        doc.put("software", software);
        doc.put("protocols", List.of("activitypub"));
        doc.put("services", Map.of("inbound", List.of(), "outbound", List.of("atom1.0", "rss2.0")));
        doc.put("openRegistrations", false);
        doc.put(
                "usage",
                Map.of(
                        "users",
                        Map.of(
                                "total",
                                u.users(),
                                "activeMonth",
                                u.activeMonth(),
                                "activeHalfyear",
                                u.activeHalfyear()),
                        "localPosts",
                        u.localPosts()));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("nodeName", s.title());
        metadata.put("nodeDescription", s.description());
        metadata.put("upstream", Map.of("name", "mastodon"));
        doc.put("metadata", metadata);
        return json(doc, "application/json; profile=\"" + SCHEMA + schema + "#\"");
    }

    private static Response json(Object body, String type) {
        return Response.ok(ApJson.write(body), type + "; charset=utf-8")
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", ApResponses.PUBLIC)
                .build();
    }
}
