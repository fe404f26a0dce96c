package dev.kakehashi.app;

import dev.kakehashi.federation.inbox.InboxHandlers;
import dev.kakehashi.service.BlockService;
import dev.kakehashi.service.CommentService;
import dev.kakehashi.service.CommentSettings;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.plugin.PluginRegistry;
import dev.kakehashi.store.Transactions;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quartz.SchedulerException;

/**
 * The app's inbox as {@link Wiring#start} builds it (the {@link Core}, {@link FederationBase},
 * {@link FederationModule} and {@link InboxModule}, in that order), without Tomcat, the HTTP surfaces
 * or started threads: component tests hand received activities to its table and read what the
 * services stored, so they exercise the handlers, consumers and services that ship.
 */
public final class InboxComponent implements AutoCloseable {
    private final Core core;
    private final FederationModule federation;
    private final InboxModule inbox;

    private InboxComponent(Core core, FederationModule federation, InboxModule inbox) {
        this.core = core;
        this.federation = federation;
        this.inbox = inbox;
    }

    /**
     * @param dataDir the data folder (its secret key is made there)
     * @param settings the settings by key as in {@code kakehashi.properties} ({@code base.url},
     *     {@code db.url}, {@code db.user}...)
     */
    public static InboxComponent open(Path dataDir, Map<String, String> settings) throws SchedulerException {
        Settings loaded = SettingsLoader.load(
                new SettingsSource(key -> null, Map.of(), key -> settings.get(key.substring("kakehashi.".length()))),
                dataDir);
        Database db = Database.open(loaded.database());
        Core core = null;
        try {
            core = Core.open(loaded, webapp(), db, Optional.empty());
            FederationBase base = FederationBase.build(core);
            FederationModule federation = FederationModule.build(core, base);
            InboxModule inbox = InboxModule.build(core, base, federation);
            return new InboxComponent(core, federation, inbox);
        } catch (SchedulerException | RuntimeException e) {
            if (core != null) {
                core.bus().close();
                core.scheduler().shutdown();
            }
            db.close();
            throw e;
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
                InboxComponent.class.getClassLoader(), new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
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

    /** The inbox table the drainer hands each stored activity to. */
    public InboxHandlers table() {
        return inbox.table();
    }

    public Transactions tx() {
        return core.tx();
    }

    public EventBus events() {
        return core.events();
    }

    /** Where a test adds a plugin (a comment filter) as the loader would. */
    public PluginRegistry plugins() {
        return core.plugins();
    }

    public CommentService comments() {
        return federation.comments().service();
    }

    public CommentSettings commentSettings() {
        return federation.comments().settings();
    }

    /** Blocks of actors and domains, as the admin makes and lifts them. */
    public BlockService blocks() {
        return inbox.blocking().blocks();
    }

    @Override
    public void close() throws SchedulerException {
        try {
            core.bus().close();
            core.scheduler().shutdown();
        } finally {
            core.db().close();
        }
    }
}
