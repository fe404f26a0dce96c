package dev.kakehashi.app;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root, declared in {@code web.xml}. Reads the settings, then builds everything by
 * hand (see {@link Wiring}). Any failure stops start-up with one clear log line, so Kakehashi never
 * half-starts: every path then serves a plain page saying that it could not start.
 */
public final class KakehashiApp implements ServletContextListener {
    private static final Logger log = LoggerFactory.getLogger(KakehashiApp.class);

    private Wiring wiring;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        // First, so that even a failed start leaves no stack trace or version on Tomcat's own pages.
        ContainerErrorReport.quieten(ctx);
        try {
            SettingsSource source = new SettingsSource(System::getProperty, System.getenv(), ctx::getInitParameter);
            Settings settings = SettingsLoader.load(source, defaultDataDir());
            wiring = Wiring.start(settings, ctx);
            log.info(
                    "Kakehashi is up at {} (data in {}, database {})",
                    settings.baseUrl(),
                    settings.dataDir(),
                    settings.database().isPostgres() ? "PostgreSQL" : "H2");
        } catch (SettingsException e) {
            log.error("Kakehashi cannot start: {}", e.getMessage());
            serveCannotStart(ctx);
        } catch (RuntimeException e) {
            log.error("Kakehashi cannot start: {}", e.getMessage(), e);
            serveCannotStart(ctx);
        }
    }

    /**
     * Nothing of Kakehashi runs; every path answers 503 with a page saying so and where the log is.
     * (Rethrowing would make Tomcat log a long stack trace and then answer a bare 404.)
     */
    private static void serveCannotStart(ServletContext ctx) {
        ctx.addFilter("kakehashi-cannot-start", new CannotStartFilter()).addMappingForUrlPatterns(null, false, "/*");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (wiring != null) {
            wiring.close();
            log.info("Kakehashi stopped");
        }
    }

    /** Under Tomcat, beside its folders; elsewhere (tests, tools) in {@code ./data}. */
    private static Path defaultDataDir() {
        String catalinaBase = System.getProperty("catalina.base");
        return catalinaBase != null ? Path.of(catalinaBase, "kakehashi-data") : Path.of("data");
    }
}
