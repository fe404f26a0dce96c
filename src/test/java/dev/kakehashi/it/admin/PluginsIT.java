package dev.kakehashi.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plugins as a blogger meets them: the bundled Markdown extras, and a third-party jar dropped into
 * {@code <data dir>/plugins} before start-up, compiled here against the SPI only.
 */
class PluginsIT {
    private static final String JAR_PLUGIN =
            """
            package example.wave;

            import dev.kakehashi.plugin.PluginEvent.PostPublished;
            import dev.kakehashi.plugin.Extensions;
            import dev.kakehashi.plugin.KakehashiPlugin;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;

            public final class WavePlugin implements KakehashiPlugin {
                public String id() { return "wave"; }
                public String name() { return "Wave"; }
                public void register(Extensions extensions) {
                    extensions.htmlFilter(html -> html.replace(":wave:", "<em>waves from a jar</em>"));
                    extensions.onEvent(PostPublished.class, e -> {
                        try {
                            // Beside its own jar, so the test finds it without any shared state.
                            Path dir = Path.of(WavePlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
                            Files.writeString(dir.resolve("published.log"), e.postId() + "\\n",
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        } catch (Exception ex) {
                            throw new IllegalStateException(ex);
                        }
                    });
                }
            }
            """;

    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() throws IOException {
        server = KakehashiServer.fresh();
        buildPluginJar(server.dataDir().resolve("plugins"));
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Plugins IT", "plugger", "plugger-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aShortPostWithATableAndAFootnoteRendersThemOnItsPage() {
        String id = admin.compose(
                "note",
                "publish",
                "body",
                "| City | Posts |\n| --- | --- |\n| Kyoto | 12 |\n\nSee the note[^1].\n\n[^1]: Counted by hand.");
        Document page = new WebClient(server).get("/posts/" + id).html();
        assertThat(page.select(".e-content table td").eachText()).containsExactly("Kyoto", "12");
        assertThat(page.select(".e-content sup a[href=#fn-1]").eachText()).containsExactly("1");
        assertThat(page.select(".e-content li#fn-1").text()).contains("Counted by hand.");
    }

    @Test
    void aPluginJarInTheDataFolderFiltersPostHtmlAndHearsPublishedEvents() throws Exception {
        String id = admin.compose("note", "publish", "body", "Hello :wave: everyone");
        Document page = new WebClient(server).get("/posts/" + id).html();
        assertThat(page.select(".e-content em").eachText()).contains("waves from a jar");
        assertThat(page.text()).doesNotContain(":wave:");

        Path log = server.dataDir().resolve("plugins").resolve("published.log");
        Eventually.within(Duration.ofSeconds(5), "the plugin logged the post", () -> logged(log, id));
        assertThat(log).exists();
        assertThat(Files.readAllLines(log)).contains(id);
    }

    /** Compiles {@link #JAR_PLUGIN} against the app's classes and writes a jar with its service file. */
    private static void buildPluginJar(Path pluginDir) throws IOException {
        Path src = Files.createTempDirectory("kakehashi-plugin-src");
        Path classes = Files.createTempDirectory("kakehashi-plugin-classes");
        Path file = Files.createDirectories(src.resolve("example/wave")).resolve("WavePlugin.java");
        Files.writeString(file, JAR_PLUGIN);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String appClasses = Path.of("target/classes").toAbsolutePath().toString();
        int rc = javac.run(
                null, null, null, "--release", "17", "-cp", appClasses, "-d", classes.toString(), file.toString());
        assertThat(rc).as("the test plugin compiles").isZero();

        Files.createDirectories(pluginDir);
        try (OutputStream out = Files.newOutputStream(pluginDir.resolve("wave-plugin.jar"));
                JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("META-INF/services/dev.kakehashi.plugin.KakehashiPlugin"));
            jar.write("example.wave.WavePlugin\n".getBytes(StandardCharsets.UTF_8));
            for (String name : List.of("example/wave/WavePlugin.class")) {
                jar.putNextEntry(new JarEntry(name));
                jar.write(Files.readAllBytes(classes.resolve(name)));
            }
        }
    }

    private static boolean logged(Path log, String id) {
        try {
            return Files.exists(log) && Files.readString(log).contains(id);
        } catch (java.io.IOException e) {
            return false; // being written; try again
        }
    }
}
