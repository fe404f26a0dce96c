package dev.kakehashi.web.theme;

import java.util.List;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;

/**
 * Resolves {@code theme/<name>} (as in {@code ~{theme/layout :: header}}) to the active theme's
 * {@code templates/<name>.html}, or the default theme's when the active one lacks it, so a page the
 * default theme renders for another theme still gets that theme's header and footer.
 *
 * <p>The active theme travels in the template resolution attributes, which are part of Thymeleaf's
 * cache key: each theme's choice is made once, on a cache miss, never per request.
 */
final class ActiveThemeResolver implements ITemplateResolver {
    /** The prefix of a template name resolved through the active theme; no theme may take this id. */
    static final String PREFIX = "theme/";
    /** The resolution attribute naming the active theme. */
    static final String ACTIVE = "activeTheme";

    private final ThemeCatalog catalog;
    private final List<ITemplateResolver> files;

    /** @param files the resolvers that read {@code <theme>/templates/<name>}, in order */
    ActiveThemeResolver(ThemeCatalog catalog, List<ITemplateResolver> files) {
        this.catalog = catalog;
        this.files = List.copyOf(files);
    }

    /** The attributes that make {@code theme/...} resolve through {@code themeId}. */
    static Map<String, Object> attributes(String themeId) {
        return Map.of(ACTIVE, themeId);
    }

    @Override
    public String getName() {
        return "active theme";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public TemplateResolution resolveTemplate(
            IEngineConfiguration configuration, String ownerTemplate, String template, Map<String, Object> attributes) {
        if (!template.startsWith(PREFIX) || attributes == null || !(attributes.get(ACTIVE) instanceof String active)) {
            return null;
        }
        String name = template.substring(PREFIX.length());
        String theme = catalog.hasTemplate(active, name) ? active : "default";
        for (ITemplateResolver files : files) {
            TemplateResolution found =
                    files.resolveTemplate(configuration, ownerTemplate, theme + "/templates/" + name, attributes);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
