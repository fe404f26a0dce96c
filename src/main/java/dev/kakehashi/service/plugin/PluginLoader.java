package dev.kakehashi.service.plugin;

import dev.kakehashi.plugin.KakehashiPlugin;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds plugins with {@link ServiceLoader}: those inside the WAR, then jars in a plugins folder. */
public final class PluginLoader {
    private static final Logger log = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {}

    /**
     * Loads every plugin into {@code registry}: those listed in the WAR, then those in jars in {@code
     * pluginDir}. A jar or plugin class that cannot be loaded is logged and skipped; two plugins with
     * one id stop start-up, because which one wins would be a guess.
     */
    public static void load(PluginRegistry registry, ClassLoader appLoader, Path pluginDir) {
        for (KakehashiPlugin plugin : instances(ServiceLoader.load(KakehashiPlugin.class, appLoader))) {
            registry.add(plugin, "bundled");
            log.info("Plugin {} ({}) loaded from the WAR", plugin.id(), plugin.name());
        }
        List<URL> jars = jarsIn(pluginDir);
        if (jars.isEmpty()) {
            return;
        }
        // Kept open for the app's lifetime: plugin classes load lazily from it.
        ClassLoader external = new URLClassLoader(jars.toArray(URL[]::new), appLoader);
        for (KakehashiPlugin plugin : instances(ServiceLoader.load(KakehashiPlugin.class, external))) {
            // The parent's (bundled) plugins show up again through delegation; they are loaded already.
            if (plugin.getClass().getClassLoader() == external) {
                registry.add(plugin, pluginDir.toString());
                log.info("Plugin {} ({}) loaded from {}", plugin.id(), plugin.name(), pluginDir);
            }
        }
    }

    /** Instantiates each listed plugin, skipping those whose class is missing or broken. */
    private static List<KakehashiPlugin> instances(ServiceLoader<KakehashiPlugin> loader) {
        List<KakehashiPlugin> plugins = new ArrayList<>();
        Iterator<KakehashiPlugin> it = loader.iterator();
        // ServiceLoader moves past a broken provider on the next call; the bound guards against a loop.
        for (int failures = 0; failures < 100; ) {
            try {
                if (!it.hasNext()) {
                    return plugins;
                }
                plugins.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                log.warn("Skipping a plugin that cannot be loaded: {}", e.toString());
                failures++;
            }
        }
        return plugins;
    }

    private static List<URL> jarsIn(Path dir) {
        List<URL> jars = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return jars;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : stream) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            log.warn("Cannot list plugin jars in {}: {}", dir, e.toString());
        }
        return jars;
    }
}
