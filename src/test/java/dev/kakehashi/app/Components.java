package dev.kakehashi.app;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quartz.SchedulerException;

/**
 * What the component tests ({@link InboxComponent}, {@link BlogComponent}) share: the {@link Core} as
 * {@link Wiring#start} opens it, from settings given by key and on the test's clock, and its close.
 * Each component then builds the production modules it needs on it, in {@code Wiring}'s order.
 */
final class Components {
    private Components() {}

    /** Something built on a core that is not its to close: the core is closed when it fails. */
    interface Build<T> {
        T on(Core core) throws SchedulerException;
    }

    /**
     * @param dataDir the data folder (its secret key is made there)
     * @param settings the settings by key as in {@code kakehashi.properties} ({@code base.url},
     *     {@code db.url}, {@code db.user}...)
     */
    static <T> T open(Path dataDir, Map<String, String> settings, Clock clock, Build<T> build)
            throws SchedulerException {
        Settings loaded = SettingsLoader.load(
                new SettingsSource(key -> null, Map.of(), key -> settings.get(key.substring("kakehashi.".length()))),
                dataDir);
        Database db = Database.open(loaded.database());
        Core core = null;
        try {
            core = Core.open(loaded, webapp(), db, Optional.empty(), clock);
            return build.on(core);
        } catch (SchedulerException | RuntimeException e) {
            if (core != null) {
                core.bus().close();
                core.scheduler().shutdown();
            }
            db.close();
            throw e;
        }
    }

    static void close(Core core) throws SchedulerException {
        try {
            core.bus().close();
            core.scheduler().shutdown();
        } finally {
            core.db().close();
        }
    }

    /**
     * The web application's files as Tomcat serves them, from the exploded WAR ({@code mvn package}
     * builds it before the ITs run): the theme catalog lists the bundled themes through it. Every
     * other call answers null.
     */
    private static ServletContext webapp() {
        Path root = Path.of(System.getProperty("kakehashi.it.war", "target/kakehashi"));
        return (ServletContext) Proxy.newProxyInstance(
                Components.class.getClassLoader(), new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getResourcePaths":
                            return children(root, (String) args[0]);
                        case "getResourceAsStream":
                            Path file = root.resolve(((String) args[0]).substring(1));
                            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
                        default:
                            return null;
                    }
                });
    }

    /** The paths directly under {@code dir}, folders ending in a slash, as a servlet context lists them. */
    private static Set<String> children(Path root, String dir) throws IOException {
        Path folder = root.resolve(dir.substring(1));
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> dir + p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                    .collect(Collectors.toSet());
        }
    }
}
