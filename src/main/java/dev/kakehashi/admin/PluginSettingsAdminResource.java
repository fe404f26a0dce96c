package dev.kakehashi.admin;

import dev.kakehashi.plugin.PluginSetting;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.plugin.PluginRegistry;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings a plugin declared for itself, as a form. Admins only. */
@Path("/admin/plugins/{id}")
public final class PluginSettingsAdminResource {
    private final PluginRegistry plugins;
    private final SiteService site;
    private final AdminRenderer renderer;

    public PluginSettingsAdminResource(PluginRegistry plugins, SiteService site, AdminRenderer renderer) {
        this.plugins = plugins;
        this.site = site;
        this.renderer = renderer;
    }

    @GET
    @Produces("text/html")
    public Response form(
            @PathParam("id") String id, @QueryParam("saved") String saved, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        PluginRegistry.Loaded plugin = configurable(id);
        return page(200, me, plugin, plugins.values(id), Map.of(), saved != null ? "Plugin settings saved." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response save(
            @PathParam("id") String id, MultivaluedMap<String, String> form, @Context ContainerRequestContext request) {
        SignedIn me = SettingsAdminResource.requireAdmin(request);
        PluginRegistry.Loaded plugin = configurable(id);
        Map<String, String> values = new LinkedHashMap<>();
        for (PluginSetting s : plugins.settingsOf(id)) {
            String v = form.getFirst(s.key());
            values.put(s.key(), v == null ? "" : v);
        }
        try {
            site.setPluginSettings(id, plugins.settingsOf(id), values);
            return Response.seeOther(URI.create("/admin/plugins/" + id + "?saved=1"))
                    .build();
        } catch (InvalidInputException e) {
            return page(422, me, plugin, values, e.fieldErrors(), null);
        }
    }

    private PluginRegistry.Loaded configurable(String id) {
        return plugins.all().stream()
                .filter(p ->
                        p.plugin().id().equals(id) && !plugins.settingsOf(id).isEmpty())
                .findFirst()
                .orElseThrow(() -> ServiceException.notFound("Plugin settings"));
    }

    private Response page(
            int status,
            SignedIn me,
            PluginRegistry.Loaded plugin,
            Map<String, String> values,
            Map<String, String> errors,
            String notice) {
        String id = plugin.plugin().id();
        List<PluginSetting> settings = plugins.settingsOf(id);
        Map<String, Object> model = new HashMap<>();
        model.put("pluginId", id);
        model.put("pluginName", plugin.plugin().name());
        model.put("pluginDescription", plugin.plugin().description());
        model.put("enabled", plugins.isEnabled(id));
        model.put("settings", settings);
        model.put("values", values);
        model.put("errors", errors);
        model.put("notice", notice);
        return renderer.render(status, "plugin", plugin.plugin().name(), me, model);
    }
}
