package dev.kakehashi.web.theme;

import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a public page through a theme. A template the active theme lacks comes from the default
 * theme, so a small theme can override just what it wants; a template names the fragments a theme
 * may override as {@code ~{theme/layout :: header}} (see {@link ActiveThemeResolver}), so the
 * default's pages take the active theme's frame. Templates only ever see view models.
 */
public final class ThemeRenderer {
    private final ThemeCatalog catalog;
    private final TemplateEngine engine = new TemplateEngine();

    public ThemeRenderer(ServletContext servletContext, ThemeCatalog catalog) {
        this.catalog = catalog;
        RecordPropertyAccessor.install();
        FileTemplateResolver external = new FileTemplateResolver();
        external.setPrefix(catalog.externalRoot().toString() + "/");
        external.setSuffix(".html");
        external.setCheckExistence(true);
        external.setCharacterEncoding("UTF-8");
        external.setTemplateMode(TemplateMode.HTML);
        external.setOrder(1);
        WebApplicationTemplateResolver bundled =
                new WebApplicationTemplateResolver(JakartaServletWebApplication.buildApplication(servletContext));
        bundled.setPrefix(ThemeCatalog.BUNDLED_ROOT);
        bundled.setSuffix(".html");
        bundled.setCharacterEncoding("UTF-8");
        bundled.setTemplateMode(TemplateMode.HTML);
        bundled.setCacheable(true);
        bundled.setOrder(2);
        engine.setLinkBuilder(new RootLinkBuilder());
        engine.addTemplateResolver(new ActiveThemeResolver(catalog, List.of(external, bundled)));
        engine.addTemplateResolver(external);
        engine.addTemplateResolver(bundled);
    }

    /** Kakehashi runs as the ROOT application, so {@code @{/path}} links need no request to resolve. */
    private static final class RootLinkBuilder extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
        }
    }

    /**
     * Renders {@code template} (for example {@code "home"}) of {@code themeId} with the given model;
     * its {@code ~{theme/<name> :: fragment}} references resolve through {@code themeId} too.
     */
    public String render(String themeId, String template, Map<String, Object> model, Locale locale) {
        String theme = catalog.hasTemplate(themeId, template) ? themeId : "default";
        Context context = new Context(locale, model);
        context.setVariable("themeId", theme);
        TemplateSpec spec = new TemplateSpec(
                theme + "/templates/" + template, null, TemplateMode.HTML, ActiveThemeResolver.attributes(themeId));
        return engine.process(spec, context);
    }
}
