package dev.kakehashi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.loader.WebappLoader;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The built WAR ({@code target/kakehashi}, exploded by {@code mvn package}) in an embedded Tomcat on
 * a free port, configured through context parameters as a deployer would. Restartable on the same
 * data folder and database, to test what survives a restart.
 */
public final class KakehashiServer implements AutoCloseable {
    /** {@code -Dkakehashi.it.sharedLibraries=false} gives every server its own copy of every library. */
    private static final boolean SHARE_LIBRARIES = !"false".equals(System.getProperty("kakehashi.it.sharedLibraries"));

    private final Path dataDir;
    private final TestDatabase database;
    private final int port;
    private final Map<String, String> extra = new LinkedHashMap<>();
    private Tomcat tomcat;
    private Context context;

    private KakehashiServer(Path dataDir, TestDatabase database, int port) {
        this.dataDir = dataDir;
        this.database = database;
        this.port = port;
    }

    /**
     * A fresh server with an empty data folder and a database holding only the schema (every
     * migration applied, as after an upgrade; see {@link TestDatabase#migrated}); not started yet.
     */
    public static KakehashiServer fresh() {
        try {
            Path dir = Files.createTempDirectory("kakehashi-it-");
            return new KakehashiServer(dir, TestDatabase.migrated(dir), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh server on an empty database, whose first start applies every migration; not started yet. */
    public static KakehashiServer empty() {
        try {
            Path dir = Files.createTempDirectory("kakehashi-it-");
            return new KakehashiServer(dir, TestDatabase.create(dir), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it fresh and returns it. */
    public static KakehashiServer started() {
        KakehashiServer server = fresh();
        server.start();
        return server;
    }

    /** Adds a setting (short key such as {@code admin.username}) before {@link #start()}. */
    public KakehashiServer with(String key, String value) {
        extra.put(key, value);
        return this;
    }

    public KakehashiServer start() {
        String war = System.getProperty("kakehashi.it.war", "target/kakehashi");
        if (!Files.isDirectory(Path.of(war))) {
            throw new IllegalStateException("Run `mvn package` first: no exploded WAR at " + war);
        }
        try {
            tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createDirectories(dataDir.resolve("tomcat")).toString());
            tomcat.setPort(port);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            // As the README tells deployers, for browser-based Mastodon apps' `timeline[]=home`.
            tomcat.getConnector().setProperty("relaxedQueryChars", "[]|{}");
            // As docs/security.md tells deployers: Tomcat's own pages (for requests it refuses before
            // the app sees them) show no report and no server version.
            ErrorReportValve errorReport = new ErrorReportValve();
            errorReport.setShowReport(false);
            errorReport.setShowServerInfo(false);
            tomcat.getHost().getPipeline().addValve(errorReport);
            context = tomcat.addWebapp("", Path.of(war).toAbsolutePath().toString());
            if (SHARE_LIBRARIES) {
                WebappLoader loader = new WebappLoader();
                loader.setLoaderClass(SharedLibrariesClassLoader.class.getName());
                context.setLoader(loader);
                context.setParentClassLoader(SharedLibraries.of(Path.of(war)));
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("base.url", baseUrl());
            params.put("data.dir", dataDir.toString());
            params.put("allow.private.networks", "true");
            if (database.url() != null) {
                params.put("db.url", database.url());
                params.put("db.user", database.user());
            }
            // Settings given with with() replace the defaults above (start-up failure tests need that).
            params.putAll(extra);
            params.forEach((k, v) -> context.addParameter("kakehashi." + k, v));
            tomcat.start();
        } catch (LifecycleException | IOException e) {
            throw new IllegalStateException("Tomcat did not start", e);
        }
        if (context.getState() != LifecycleState.STARTED) {
            stop();
            throw new IllegalStateException("Kakehashi did not start; see the log above");
        }
        return this;
    }

    /** True when the app started; false when it refused to (for start-up failure tests). */
    public boolean isRunning() {
        return context != null && context.getState() == LifecycleState.STARTED;
    }

    /** Starts and reports whether the app came up, without throwing. */
    public boolean tryStart() {
        try {
            start();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    public void stop() {
        if (tomcat != null) {
            try {
                tomcat.stop();
                tomcat.destroy();
            } catch (LifecycleException e) {
                throw new IllegalStateException(e);
            }
            tomcat = null;
        }
    }

    /**
     * Runs once, to completion, every job of the app whose trigger is due or repeats (delivery, inbox,
     * mail...). Call it before asserting that something did NOT happen, instead of sleeping.
     */
    public void runDueJobs() {
        // A JDK type: the app's classes live in the web app's class loader, not the test's.
        Object hook = context.getServletContext().getAttribute("dev.kakehashi.dueJobsNow");
        if (!(hook instanceof Runnable dueJobs)) {
            throw new IllegalStateException("The app published no due-jobs hook; is it running?");
        }
        dueJobs.run();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Host and port, as the domain of a handle on this server names it ({@code @ann@127.0.0.1:8080}). */
    public String authority() {
        return "127.0.0.1:" + port;
    }

    public String url(String path) {
        return baseUrl() + path;
    }

    public Path dataDir() {
        return dataDir;
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() {
        stop();
        database.drop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
