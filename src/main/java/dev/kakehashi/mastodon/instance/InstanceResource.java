package dev.kakehashi.mastodon.instance;

import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/instance} and {@code /api/v2/instance} (INTEROP B3): public, with Mastodon's
 * fields, the version clients parse, the real limits, registrations closed and no rules.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class InstanceResource {
    /** v2 grouped notifications and later are not offered yet; raise as they are. */
    static final int API_VERSION = 1;

    private final Links links;
    private final SiteService site;
    private final InstanceFacts facts;

    public InstanceResource(Links links, SiteService site, InstanceFacts facts) {
        this.links = links;
        this.site = site;
        this.facts = facts;
    }

    @GET
    @Path("v1/instance")
    public Map<String, Object> v1() {
        SiteSettings s = site.current();
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("uri", links.authority());
        i.put("title", s.title());
        i.put("short_description", s.description());
        i.put("description", s.description());
        i.put("email", "");
        i.put("version", facts.mastodonVersion());
        i.put("urls", Map.of("streaming_api", streaming()));
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("user_count", facts.users().getAsLong());
        stats.put("status_count", facts.statuses().getAsLong());
        stats.put("domain_count", 0);
        i.put("stats", stats);
        i.put("thumbnail", null);
        i.put("languages", List.of(s.language()));
        i.put("registrations", false);
        i.put("approval_required", false);
        i.put("invites_enabled", false);
        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("accounts", InstanceConfiguration.accounts());
        conf.put("statuses", InstanceConfiguration.statuses());
        conf.put("media_attachments", InstanceConfiguration.media(facts.maxUploadBytes()));
        conf.put("polls", InstanceConfiguration.polls());
        i.put("configuration", conf);
        i.put("contact_account", facts.contact().get());
        i.put("rules", List.of());
        return i;
    }

    @GET
    @Path("v2/instance")
    public Map<String, Object> v2() {
        SiteSettings s = site.current();
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("domain", links.authority());
        i.put("title", s.title());
        i.put("version", facts.mastodonVersion());
        i.put("source_url", links.home());
        i.put("description", s.description());
        i.put("usage", Map.of("users", Map.of("active_month", facts.users().getAsLong())));
        i.put("thumbnail", Map.of("url", links.missingHeader()));
        i.put("icon", List.of());
        i.put("languages", List.of(s.language()));
        Map<String, Object> conf = new LinkedHashMap<>();
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("streaming", streaming());
        urls.put("status", null);
        urls.put("about", links.home());
        urls.put("privacy_policy", null);
        urls.put("terms_of_service", null);
        conf.put("urls", urls);
        conf.put("vapid", Map.of("public_key", ""));
        conf.put("accounts", InstanceConfiguration.accounts());
        conf.put("statuses", InstanceConfiguration.statuses());
        conf.put("media_attachments", InstanceConfiguration.media(facts.maxUploadBytes()));
        conf.put("polls", InstanceConfiguration.polls());
        conf.put("translation", Map.of("enabled", false));
        conf.put("limited_federation", false);
        i.put("configuration", conf);
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("enabled", false);
        reg.put("approval_required", false);
        reg.put("reason_required", false);
        reg.put("message", null);
        reg.put("min_age", null);
        reg.put("url", null);
        i.put("registrations", reg);
        i.put("api_versions", Map.of("mastodon", API_VERSION));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", "");
        contact.put("account", facts.contact().get());
        i.put("contact", contact);
        i.put("rules", List.of());
        return i;
    }

    @GET
    @Path("v1/instance/rules")
    public List<Object> rules() {
        return List.of();
    }

    /** {@code wss://host} (no path) for an https blog, {@code ws://} otherwise. */
    private String streaming() {
        URI base = URI.create(links.base());
        return (base.getScheme().equals("https") ? "wss://" : "ws://") + base.getRawAuthority();
    }
}
