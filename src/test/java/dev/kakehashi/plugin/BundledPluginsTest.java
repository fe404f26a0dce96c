package dev.kakehashi.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.service.CommentGate.IncomingComment;
import dev.kakehashi.service.CommentPolicy;
import dev.kakehashi.service.comments.ModerationGate;
import dev.kakehashi.service.plugin.PluginLoader;
import dev.kakehashi.service.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled plugins are found by ServiceLoader from the build's merged services list, as the WAR
 * finds them, and the spam filter reaches the comment gate through the SPI.
 */
class BundledPluginsTest {
    @TempDir
    Path noJars;

    @Test
    void bothBundledPluginsAreFoundAndTheSpamFilterJudgesCommentsThroughTheGate() {
        PluginRegistry registry = new PluginRegistry(Set::of, id -> Map.of());
        PluginLoader.load(registry, BundledPluginsTest.class.getClassLoader(), noJars);
        assertThat(registry.all()).extracting(l -> l.plugin().id()).contains("markdown-extras", "spam-filter");
        assertThat(registry.all()).allMatch(l -> l.source().equals("bundled"));

        ModerationGate gate = new ModerationGate(() -> CommentPolicy.PUBLISH, actor -> true, registry::commentFilters);
        assertThat(gate.admit(
                        new IncomingComment(1, "https://m.example/u/a", "m.example", "A", "<p>Visit our casino</p>")))
                .isEqualTo(CommentStatus.SPAM);
        assertThat(gate.admit(new IncomingComment(1, "https://m.example/u/a", "m.example", "A", "<p>Lovely post</p>")))
                .isEqualTo(CommentStatus.PUBLISHED);
    }
}
