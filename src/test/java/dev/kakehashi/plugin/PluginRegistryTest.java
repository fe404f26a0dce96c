package dev.kakehashi.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.service.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {
    private final Set<String> disabled = new HashSet<>();
    private final PluginRegistry registry = new PluginRegistry(() -> Set.copyOf(disabled));

    private static KakehashiPlugin plugin(String id, Consumer<Extensions> register) {
        return new KakehashiPlugin() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return id;
            }

            @Override
            public void register(Extensions extensions) {
                register.accept(extensions);
            }
        };
    }

    @Test
    void aDisabledPluginContributesNothingUntilEnabledAgain() {
        List<Long> heard = new ArrayList<>();
        MarkdownExtension md = List::of;
        registry.add(
                plugin("p", x -> {
                    x.markdown(md);
                    x.htmlFilter(h -> h);
                    x.onEvent(PluginEvent.PostPublished.class, e -> heard.add(e.postId()));
                }),
                "test");
        disabled.add("p");
        assertThat(registry.isEnabled("p")).isFalse();
        assertThat(registry.markdownExtensions()).isEmpty();
        assertThat(registry.htmlFilters()).isEmpty();
        registry.dispatch(new PostPublished(1, 1));
        assertThat(heard).isEmpty();

        disabled.clear();
        assertThat(registry.isEnabled("p")).isTrue();
        assertThat(registry.markdownExtensions()).containsExactly(md);
        registry.dispatch(new PostPublished(2, 1));
        assertThat(heard).containsExactly(2L);
        assertThat(registry.all()).extracting(PluginRegistry.Loaded::source).containsExactly("test");
    }

    @Test
    void listenersHearOnlyTheirEventTypeAndAFailingOneDoesNotStopOthers() {
        List<String> heard = new ArrayList<>();
        registry.add(
                plugin(
                        "broken",
                        x -> x.onEvent(PluginEvent.PostPublished.class, e -> {
                            throw new IllegalStateException("boom");
                        })),
                "test");
        registry.add(
                plugin("ok", x -> {
                    x.onEvent(PluginEvent.PostPublished.class, e -> heard.add("published " + e.postId()));
                    x.onEvent(PluginEvent.PostDeleted.class, e -> heard.add("deleted " + e.postId()));
                }),
                "test");
        registry.dispatch(new PostPublished(5, 1));
        assertThat(heard).containsExactly("published 5");
    }

    @Test
    void eventsInsideKakehashiReachNoPluginAndBreakNothing() {
        List<String> heard = new ArrayList<>();
        registry.add(
                plugin("all", x -> x.onEvent(PluginEvent.CommentModerated.class, e -> heard.add("moderated"))), "test");
        registry.dispatch(new dev.kakehashi.domain.event.SettingsChanged("theme"));
        registry.dispatch(new dev.kakehashi.domain.event.PasswordChanged(1));
        registry.dispatch(new PostPublished(6, 1));
        assertThat(heard).isEmpty();
    }

    @Test
    void aPluginThatFailsToRegisterIsLeftOutWholly() {
        registry.add(
                plugin("half", x -> {
                    x.htmlFilter(h -> h + "!");
                    throw new IllegalStateException("missing config");
                }),
                "test");
        assertThat(registry.all()).isEmpty();
        assertThat(registry.htmlFilters()).isEmpty();
        assertThat(registry.isEnabled("half")).isFalse();
    }

    @Test
    void aPluginWithAnIdThatCannotBeStoredIsLeftOut() {
        registry.add(plugin("a,b", x -> {}), "test");
        registry.add(plugin("Upper Case", x -> {}), "test");
        registry.add(plugin(null, x -> {}), "test");
        registry.add(plugin("fine-id-2", x -> {}), "test");
        assertThat(registry.all()).extracting(l -> l.plugin().id()).containsExactly("fine-id-2");
    }

    @Test
    void twoPluginsWithOneIdStopStartUp() {
        registry.add(plugin("same", x -> {}), "bundled");
        assertThatThrownBy(() -> registry.add(plugin("same", x -> {}), "/data/plugins"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("same")
                .hasMessageContaining("/data/plugins");
    }

    @Test
    void aPluginsSettingsReadWhatWasStoredAndFallBackToTheirDefaults() {
        java.util.Map<String, String> stored = new java.util.HashMap<>();
        PluginRegistry withSettings =
                new PluginRegistry(Set::of, id -> id.equals("s") ? java.util.Map.copyOf(stored) : java.util.Map.of());
        PluginSetting words = PluginSetting.lines("words", "Words", "", "a\nb");
        PluginSetting limit = PluginSetting.integer("limit", "Limit", "", 3, 0, 10);
        PluginSettings[] view = new PluginSettings[1];
        withSettings.add(plugin("s", x -> view[0] = x.settings(List.of(words, limit))), "test");

        assertThat(view[0].lines(words)).containsExactly("a", "b");
        assertThat(view[0].integer(limit)).isEqualTo(3);
        stored.put("words", " x \n\n y ");
        stored.put("limit", "7");
        assertThat(view[0].lines(words)).containsExactly("x", "y");
        assertThat(view[0].integer(limit)).isEqualTo(7);
        assertThat(withSettings.values("s")).containsEntry("limit", "7").containsEntry("words", " x \n\n y ");
        assertThat(withSettings.settingsOf("nobody")).isEmpty();
        assertThat(PluginRegistry.settingName("s", "limit")).isEqualTo("plugin.s.limit");
    }

    @Test
    void aPluginDeclaringOneSettingKeyTwiceIsLeftOut() {
        registry.add(
                plugin(
                        "twice",
                        x -> x.settings(List.of(
                                PluginSetting.text("k", "K", "", ""), PluginSetting.text("k", "K again", "", "")))),
                "test");
        assertThat(registry.all()).isEmpty();
        assertThatThrownBy(() -> PluginSetting.text("Not A Key", "x", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commentFiltersComeFromEnabledPluginsInLoadOrderWithTheirIds() {
        CommentFilter first = c -> CommentVerdict.accept();
        CommentFilter second = c -> CommentVerdict.hold("x");
        registry.add(plugin("one", x -> x.commentFilter(first)), "test");
        registry.add(plugin("two", x -> x.commentFilter(second)), "test");
        assertThat(registry.commentFilters())
                .containsExactly(new PluginRegistry.Filter("one", first), new PluginRegistry.Filter("two", second));
        disabled.add("one");
        assertThat(registry.commentFilters()).containsExactly(new PluginRegistry.Filter("two", second));
    }
}
