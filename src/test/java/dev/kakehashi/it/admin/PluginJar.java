package dev.kakehashi.it.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar at test time, as a third party would ship one: compiled against the
 * WAR's classes, in a package the test class path does not have, listed in META-INF/services.
 */
final class PluginJar {
    private PluginJar() {}

    /** A plugin {@code it-strike} ("Strikethrough (test)") that adds ~~strikethrough~~ Markdown. */
    static void writeStrikethroughPlugin(Path pluginDir) {
        String source =
                """
                package itplugin;

                import dev.kakehashi.plugin.Extensions;
                import dev.kakehashi.plugin.KakehashiPlugin;
                import java.util.List;
                import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;

                public final class StrikePlugin implements KakehashiPlugin {
                    public String id() { return "it-strike"; }
                    public String name() { return "Strikethrough (test)"; }
                    public String description() { return "Adds ~~strikethrough~~."; }
                    public void register(Extensions extensions) {
                        extensions.markdown(() -> List.of(StrikethroughExtension.create()));
                    }
                }
                """;
        try {
            Path work = Files.createTempDirectory("it-plugin-");
            Path src = Files.createDirectories(work.resolve("src/itplugin")).resolve("StrikePlugin.java");
            Files.writeString(src, source);
            Path classes = Files.createDirectories(work.resolve("classes"));
            Path war = Path.of(System.getProperty("kakehashi.it.war", "target/kakehashi"));
            String classpath;
            try (Stream<Path> libs = Files.list(war.resolve("WEB-INF/lib"))) {
                classpath = Stream.concat(Stream.of(war.resolve("WEB-INF/classes")), libs)
                        .map(Path::toString)
                        .collect(Collectors.joining(java.io.File.pathSeparator));
            }
            int rc = ToolProvider.getSystemJavaCompiler()
                    .run(
                            null,
                            null,
                            null,
                            "--release",
                            "17",
                            "-cp",
                            classpath,
                            "-d",
                            classes.toString(),
                            src.toString());
            if (rc != 0) {
                throw new IllegalStateException("The test plugin did not compile");
            }
            Files.createDirectories(pluginDir);
            try (OutputStream file = Files.newOutputStream(pluginDir.resolve("it-strike.jar"));
                    JarOutputStream jar = new JarOutputStream(file)) {
                jar.putNextEntry(new JarEntry("META-INF/services/dev.kakehashi.plugin.KakehashiPlugin"));
                jar.write("itplugin.StrikePlugin\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (String name : List.of("StrikePlugin.class")) {
                    jar.putNextEntry(new JarEntry("itplugin/" + name));
                    jar.write(Files.readAllBytes(classes.resolve("itplugin").resolve(name)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
