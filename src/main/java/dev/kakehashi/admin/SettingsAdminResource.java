package dev.kakehashi.admin;

import dev.kakehashi.service.AliasService;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.FederationSettings;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettings;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Blog-wide settings in sections, each its own page with one Save: Blog (title, description,
 * language), Appearance (theme cards), Fediverse, Moving in (former accounts) and Plugins; Comments
 * is {@link CommentSettingsAdminResource}. Admins only.
 */
@Path("/admin/settings")
public final class SettingsAdminResource {
    /** A theme as the Appearance section shows it; {@code preview} is its picture's URL, or null. */
    public record ThemeChoice(String id, String name, String description, String preview) {}

    /**
     * A loaded plugin as the settings page lists it, with whether it is switched on and whether it
     * has settings of its own (edited at {@code /admin/plugins/<id>}).
     */
    public record PluginChoice(
            String id, String name, String description, String source, boolean enabled, boolean configurable) {}

    private final SiteService site;
    private final Supplier<List<ThemeChoice>> themes;
    private final Supplier<List<PluginChoice>> plugins;
    private final AdminRenderer renderer;
    private final Predicate<String> usernameTaken;
    private final AliasService aliases;

    /** @param usernameTaken whether an author has a username: the blog handle must differ */
    public SettingsAdminResource(
            SiteService site,
            Supplier<List<ThemeChoice>> themes,
            Supplier<List<PluginChoice>> plugins,
            AdminRenderer renderer,
            Predicate<String> usernameTaken,
            AliasService aliases) {
        this.aliases = aliases;
        this.site = site;
        this.themes = themes;
        this.plugins = plugins;
        this.renderer = renderer;
        this.usernameTaken = usernameTaken;
    }

    @GET
    @Produces("text/html")
    public Response form(@QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        return section("blog", saved, request);
    }

    @GET
    @Path("appearance")
    @Produces("text/html")
    public Response appearance(@QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        return section("appearance", saved, request);
    }

    @GET
    @Path("federation")
    @Produces("text/html")
    public Response fediverse(@QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        return section("federation", saved, request);
    }

    @GET
    @Path("aliases")
    @Produces("text/html")
    public Response movingIn(@QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        return section("aliases", saved, request);
    }

    @GET
    @Path("plugins")
    @Produces("text/html")
    public Response pluginList(@QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        return section("plugins", saved, request);
    }

    private Response section(String section, String saved, ContainerRequestContext request) {
        SignedIn me = requireAdmin(request);
        return page(
                section,
                200,
                me,
                siteValues(),
                Map.of(),
                saved == null ? null : section.equals("plugins") ? "Plugins saved." : "Settings saved.",
                federationValues(site.federation()));
    }

    /** Activate on a theme card: the blog's look changes, every other setting stays. */
    @POST
    @Path("theme")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response activate(@FormParam("theme") String theme, @Context ContainerRequestContext request) {
        SignedIn me = requireAdmin(request);
        SiteSettings s = site.current();
        try {
            site.update(s.title(), s.description(), s.language(), theme);
            return Response.seeOther(URI.create("/admin/settings/appearance?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            return page(
                    "appearance", 422, me, siteValues(), e.fieldErrors(), null, federationValues(site.federation()));
        }
    }

    /** The blog's former accounts (alsoKnownAs), so a blog can move in from another account. */
    @POST
    @Path("aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response saveAliases(
            @FormParam(AliasService.FIELD) String alsoKnownAs, @Context ContainerRequestContext request) {
        SignedIn me = requireAdmin(request);
        Map<String, String> errors;
        int status;
        try {
            aliases.setForBlog(alsoKnownAs);
            return Response.seeOther(URI.create("/admin/settings/aliases?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            errors = e.fieldErrors();
            status = 422;
        } catch (ServiceException e) {
            errors = Map.of(AliasService.FIELD, e.getMessage());
            status = e.status();
        }
        SiteSettings s = site.current();
        Map<String, String> federation = new HashMap<>(federationValues(site.federation()));
        federation.put(AliasService.FIELD, alsoKnownAs == null ? "" : alsoKnownAs);
        return page(
                "aliases",
                status,
                me,
                Map.of(
                        "title",
                        s.title(),
                        "description",
                        s.description(),
                        "language",
                        s.language(),
                        "theme",
                        s.theme()),
                errors,
                null,
                federation);
    }

    /** Actor mode, blog handle and article format: how the blog appears on the fediverse. */
    @POST
    @Path("federation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response saveFederation(
            @FormParam("actorMode") String actorMode,
            @FormParam("blogHandle") String blogHandle,
            @FormParam("articleFormat") String articleFormat,
            @Context ContainerRequestContext request) {
        SignedIn me = requireAdmin(request);
        try {
            site.updateFederation(actorMode, blogHandle, articleFormat, usernameTaken);
            return Response.seeOther(URI.create("/admin/settings/federation?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            Map<String, String> federation = new HashMap<>();
            federation.put("actorMode", actorMode == null ? "" : actorMode);
            federation.put("blogHandle", blogHandle == null ? "" : blogHandle);
            federation.put("articleFormat", articleFormat == null ? "" : articleFormat);
            federation.put(AliasService.FIELD, String.join("\n", aliases.ofBlog()));
            return page("federation", 422, me, siteValues(), e.fieldErrors(), null, federation);
        }
    }

    /** The blog settings as stored, for re-showing the form after another section's error. */
    private Map<String, String> siteValues() {
        SiteSettings s = site.current();
        return Map.of("title", s.title(), "description", s.description(), "language", s.language(), "theme", s.theme());
    }

    private Map<String, String> federationValues(FederationSettings f) {
        return Map.of(
                "actorMode",
                f.actorMode().name(),
                "blogHandle",
                f.blogHandle(),
                "articleFormat",
                f.articleFormat().name(),
                AliasService.FIELD,
                String.join("\n", aliases.ofBlog()));
    }

    /** Checked boxes are the plugins to keep on; every other loaded plugin is switched off. */
    @POST
    @Path("plugins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePlugins(@FormParam("enabled") List<String> enabled, @Context ContainerRequestContext request) {
        requireAdmin(request);
        Set<String> on = enabled == null ? Set.of() : Set.copyOf(enabled);
        Set<String> off = plugins.get().stream()
                .map(PluginChoice::id)
                .filter(id -> !on.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        site.setDisabledPlugins(off);
        return Response.seeOther(URI.create("/admin/settings/plugins?saved=1")).build();
    }

    /** The Blog section; a missing {@code theme} keeps the active one (Appearance changes it). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response save(
            @FormParam("title") String title,
            @FormParam("description") String description,
            @FormParam("language") String language,
            @FormParam("theme") String theme,
            @Context ContainerRequestContext request) {
        SignedIn me = requireAdmin(request);
        try {
            site.update(
                    title, description, language, theme == null ? site.current().theme() : theme);
            return Response.seeOther(URI.create("/admin/settings?saved=1")).build();
        } catch (InvalidInputException e) {
            Map<String, String> values = new HashMap<>();
            values.put("title", title == null ? "" : title);
            values.put("description", description == null ? "" : description);
            values.put("language", language == null ? "" : language);
            values.put("theme", theme == null ? "" : theme);
            return page("blog", 422, me, values, e.fieldErrors(), null, federationValues(site.federation()));
        }
    }

    private Response page(
            String section,
            int status,
            SignedIn me,
            Map<String, String> values,
            Map<String, String> errors,
            String notice,
            Map<String, String> federation) {
        Map<String, Object> model = new HashMap<>();
        model.put("tab", section);
        model.put("federation", federation);
        model.put("form", values);
        model.put("errors", errors);
        model.put("notice", notice);
        model.put("themes", themes.get());
        model.put("languages", LanguageChoices.with(values.get("language")));
        model.put("plugins", plugins.get());
        return renderer.render(status, "settings", "Settings", me, model);
    }

    static SignedIn requireAdmin(ContainerRequestContext request) {
        SignedIn me = Auth.require(request);
        if (!me.admin()) {
            throw ServiceException.forbidden("Only an admin can change this");
        }
        return me;
    }
}
