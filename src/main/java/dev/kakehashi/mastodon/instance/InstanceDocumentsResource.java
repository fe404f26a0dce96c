package dev.kakehashi.mastodon.instance;

import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The instance's smaller documents that Mastodon.py exposes and Phanpy's "About" page reads
 * (INTEROP B3.5): the blog's description as the extended description, its language, and empty
 * lists for what a blog does not keep (peers, weekly activity). A blog has no terms of service,
 * and Mastodon answers 404 for those it does not have. Under {@code /api} like {@link
 * InstanceResource}: a root resource of its own at {@code /api/v1/instance} would hide that one's.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class InstanceDocumentsResource {
    /** When these documents last changed: the blog keeps no date, so the epoch, as RFC 3339. */
    private static final String NEVER = "1970-01-01T00:00:00.000Z";

    private final SiteService site;

    public InstanceDocumentsResource(SiteService site) {
        this.site = site;
    }

    @GET
    @Path("v1/instance/extended_description")
    public Map<String, Object> extendedDescription() {
        return document(site.current().description());
    }

    @GET
    @Path("v1/instance/privacy_policy")
    public Map<String, Object> privacyPolicy() {
        return document("");
    }

    @GET
    @Path("v1/instance/terms_of_service")
    public Map<String, Object> termsOfService() {
        throw MastodonErrors.notFound();
    }

    @GET
    @Path("v1/instance/languages")
    public List<Map<String, String>> languages() {
        SiteSettings s = site.current();
        String code = s.language();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return List.of(Map.of("code", code, "name", name.isBlank() ? code : name));
    }

    @GET
    @Path("v1/instance/{list: peers|activity|domain_blocks|translation_languages}")
    public Object empty() {
        return List.of();
    }

    private static Map<String, Object> document(String content) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("updated_at", NEVER);
        d.put("content", content == null ? "" : content);
        return d;
    }
}
