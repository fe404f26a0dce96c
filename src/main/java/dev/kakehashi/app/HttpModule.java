package dev.kakehashi.app;

import dev.kakehashi.admin.AdminGuard;
import dev.kakehashi.admin.ImportAdminResource;
import dev.kakehashi.admin.SessionFilter;
import dev.kakehashi.admin.SetupGate;
import dev.kakehashi.web.MediaServlet;
import dev.kakehashi.web.ThemeStaticServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import java.util.Map;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jersey's own set-up and the filters every request goes through, then the servlets, in order. */
final class HttpModule {
    /** The admin's multipart forms have a file, alt text and a token; a few more parts are tolerated. */
    private static final int MAX_MULTIPART_PARTS = 16;

    private HttpModule() {}

    /** Jersey with its features and the request filters the surfaces' resources sit behind. */
    static ResourceConfig jersey(Core core, BlogModule blog, Renderers renderers) {
        return new ResourcesConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.BV_FEATURE_DISABLE, true)
                .register(JacksonFeature.class)
                .register(MultiPartFeature.class)
                // Uploads are capped (UploadSizeLimit), so they are held in memory: a refused
                // upload never leaves a temp file behind.
                .register(new MultiPartProperties()
                        .bufferThreshold(MultiPartProperties.BUFFER_THRESHOLD_MEMORY_ONLY)
                        .maxParts(MAX_MULTIPART_PARTS)
                        .resolver())
                .register(new ErrorMapper(renderers.pages(), renderers.adminPages()))
                .register(new SetupGate(blog.accounts()))
                .register(new SessionFilter(blog.auth()))
                .register(new AdminGuard())
                .register(new ContentTypeRequired())
                .register(new UploadSizeLimit(
                        core.settings().maxUploadBytes(),
                        Map.of(
                                ImportAdminResource.PATH.substring(1),
                                core.settings().importPace().maxUploadBytes())))
                .register(new HealthResource(
                        core.db().dataSource(), core.settings().nodeId(), core.scheduler(), core.bus()));
    }

    /** The servlet filters that run before Jersey, the inbox's last; security headers first of all. */
    static void installFilters(ServletContext ctx, Core core, ResourceConfig api, PageCache pages) {
        // First of all filters, on error pages too: every answer carries the security headers.
        var headers = ctx.addFilter("security-headers", new SecurityHeadersFilter());
        // Every filter on /* lets the streaming API's server-sent events run asynchronously.
        headers.setAsyncSupported(true);
        headers.addMappingForUrlPatterns(
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC),
                false,
                "/*");
        var malformed = ctx.addFilter("malformed-query", new MalformedQueryFilter());
        malformed.setAsyncSupported(true);
        malformed.addMappingForUrlPatterns(null, false, "/*");
        core.metrics().ifPresent(m -> {
            api.register(new RouteTemplate());
            var timing = ctx.addFilter("http-metrics", m.httpFilter());
            timing.setAsyncSupported(true);
            timing.addMappingForUrlPatterns(null, false, "/*");
        });
        // After the security headers (replayed answers carry them) and the timing, before Jersey.
        var cached = ctx.addFilter(
                "page-cache",
                new PageCacheFilter(pages, () -> core.site().current().theme()));
        cached.setAsyncSupported(true);
        cached.addMappingForUrlPatterns(null, false, "/*");
    }

    /** Theme files, media, metrics, and Jersey for everything else. */
    static void installServlets(ServletContext ctx, Core core, BlogModule blog, ResourceConfig api) {
        ServletRegistration.Dynamic themeFiles = ctx.addServlet("theme-static", new ThemeStaticServlet(core.themes()));
        themeFiles.addMapping("/theme/*");
        ctx.addServlet("media", new MediaServlet(blog.media())).addMapping("/media/*");
        ctx.addServlet(
                        "metrics",
                        new MetricsServlet(
                                core.metrics().map(Metrics::registry),
                                core.settings().metricsToken()))
                .addMapping("/metrics");
        ServletRegistration.Dynamic jersey = ctx.addServlet("jersey", new ServletContainer(api));
        jersey.addMapping("/*");
        jersey.setLoadOnStartup(1);
    }
}
