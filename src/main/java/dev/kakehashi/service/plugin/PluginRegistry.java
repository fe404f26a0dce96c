package dev.kakehashi.service.plugin;

import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.plugin.CommentFilter;
import dev.kakehashi.plugin.Extensions;
import dev.kakehashi.plugin.HtmlFilter;
import dev.kakehashi.plugin.KakehashiPlugin;
import dev.kakehashi.plugin.MarkdownExtension;
import dev.kakehashi.plugin.PluginEvent;
import dev.kakehashi.plugin.PluginSetting;
import dev.kakehashi.plugin.PluginSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loaded plugins and what each registered. Which plugins are enabled is asked of {@code
 * disabledIds} on every use, so switching one off in the admin takes effect at once on every node.
 */
public final class PluginRegistry {
    private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);
    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** A loaded plugin and where it came from. */
    public record Loaded(KakehashiPlugin plugin, String source) {}

    /** A comment filter and the plugin that registered it, for the log. */
    public record Filter(String pluginId, CommentFilter filter) {}

    /** The longest stored setting name ({@code site_setting.name}). */
    private static final int SETTING_NAME_MAX = 100;

    private record Listener<E extends PluginEvent>(Class<E> type, Consumer<? super E> listener) {}

    /** What one plugin registered through {@link Extensions}. */
    private final class Contributions implements Extensions {
        final String pluginId;
        final List<MarkdownExtension> markdown = new ArrayList<>();
        final List<HtmlFilter> htmlFilters = new ArrayList<>();
        final List<Listener<?>> listeners = new ArrayList<>();
        final List<CommentFilter> commentFilters = new ArrayList<>();
        List<PluginSetting> settings = List.of();

        Contributions(String pluginId) {
            this.pluginId = pluginId;
        }

        @Override
        public void commentFilter(CommentFilter filter) {
            commentFilters.add(filter);
        }

        @Override
        public PluginSettings settings(List<PluginSetting> declared) {
            Set<String> keys = new HashSet<>();
            for (PluginSetting s : declared) {
                if (!keys.add(s.key())) {
                    throw new IllegalArgumentException("Two settings use the key " + s.key());
                }
                if (settingName(pluginId, s.key()).length() > SETTING_NAME_MAX) {
                    throw new IllegalArgumentException("The setting key " + s.key() + " is too long");
                }
            }
            settings = List.copyOf(declared);
            return setting -> values(pluginId).getOrDefault(setting.key(), setting.defaultValue());
        }

        @Override
        public void markdown(MarkdownExtension extension) {
            markdown.add(extension);
        }

        @Override
        public void htmlFilter(HtmlFilter filter) {
            htmlFilters.add(filter);
        }

        @Override
        public <E extends PluginEvent> void onEvent(Class<E> type, Consumer<? super E> listener) {
            listeners.add(new Listener<>(type, listener));
        }
    }

    private final Map<String, Loaded> plugins = new LinkedHashMap<>();
    private final Map<String, Contributions> contributions = new LinkedHashMap<>();
    private final Supplier<Set<String>> disabledIds;
    private final Function<String, Map<String, String>> storedSettings;

    /** @param disabledIds the ids an admin switched off, asked on every use */
    public PluginRegistry(Supplier<Set<String>> disabledIds) {
        this(disabledIds, id -> Map.of());
    }

    /**
     * @param disabledIds the ids an admin switched off, asked on every use
     * @param storedSettings a plugin id to the setting values saved for it (key to value), asked on
     *     every use
     */
    public PluginRegistry(Supplier<Set<String>> disabledIds, Function<String, Map<String, String>> storedSettings) {
        this.disabledIds = disabledIds;
        this.storedSettings = storedSettings;
    }

    /** The name a plugin's setting is stored under among the site settings. */
    public static String settingName(String pluginId, String key) {
        return "plugin." + pluginId + "." + key;
    }

    /**
     * Adds a plugin and lets it register its extensions. A plugin whose id is not lower-case words
     * joined by dashes, or whose {@code register} throws, is logged and left out entirely, so one broken plugin cannot stop the blog; two plugins with one
     * id stop start-up, because which one wins would be a guess.
     */
    public void add(KakehashiPlugin plugin, String source) {
        String id = plugin.id();
        if (id == null || !VALID_ID.matcher(id).matches()) {
            // The id is stored in a comma-separated setting and shown in the admin: keep it plain.
            log.warn(
                    "Plugin {} from {} has an invalid id {} and is left out",
                    plugin.getClass().getName(),
                    source,
                    id);
            return;
        }
        if (plugins.containsKey(id)) {
            throw new IllegalStateException(
                    "Two plugins use the id " + id + ": " + plugins.get(id).source() + " and " + source);
        }
        Contributions c = new Contributions(id);
        try {
            plugin.register(c);
        } catch (RuntimeException | LinkageError e) {
            log.warn("Plugin {} from {} failed to register and is left out", id, source, e);
            return;
        }
        plugins.put(id, new Loaded(plugin, source));
        contributions.put(id, c);
    }

    /** Every loaded plugin, enabled or not, in load order. */
    public Collection<Loaded> all() {
        return plugins.values();
    }

    /** True when a plugin with this id is loaded and not switched off. */
    public boolean isEnabled(String id) {
        return plugins.containsKey(id) && !disabledIds.get().contains(id);
    }

    /** The Markdown extensions of the enabled plugins, in load order. */
    public List<MarkdownExtension> markdownExtensions() {
        List<MarkdownExtension> result = new ArrayList<>();
        enabled().forEach(c -> result.addAll(c.markdown));
        return result;
    }

    /** The HTML filters of the enabled plugins, in load order. */
    public List<HtmlFilter> htmlFilters() {
        List<HtmlFilter> result = new ArrayList<>();
        enabled().forEach(c -> result.addAll(c.htmlFilters));
        return result;
    }

    /** The comment filters of the enabled plugins, in load order. */
    public List<Filter> commentFilters() {
        List<Filter> result = new ArrayList<>();
        enabled().forEach(c -> c.commentFilters.forEach(f -> result.add(new Filter(c.pluginId, f))));
        return result;
    }

    /** The settings a loaded plugin declared, in its order; empty for an unknown id. */
    public List<PluginSetting> settingsOf(String id) {
        Contributions c = contributions.get(id);
        return c == null ? List.of() : c.settings;
    }

    /** A plugin's current setting values, defaults filled in, for its declared keys only. */
    public Map<String, String> values(String id) {
        Map<String, String> stored = storedSettings.apply(id);
        Map<String, String> result = new LinkedHashMap<>();
        for (PluginSetting s : settingsOf(id)) {
            result.put(s.key(), stored.getOrDefault(s.key(), s.defaultValue()));
        }
        return result;
    }

    /** Hands an event to the enabled plugins that listen for its type; a failing one is logged. */
    public void dispatch(DomainEvent domainEvent) {
        PluginEvent event = PluginEvents.of(domainEvent);
        if (event == null) {
            return;
        }
        for (Contributions c : enabled()) {
            for (Listener<?> l : c.listeners) {
                try {
                    deliver(l, event);
                } catch (RuntimeException e) {
                    log.warn("A plugin listener failed on {}", event, e);
                }
            }
        }
    }

    private List<Contributions> enabled() {
        Set<String> disabled = disabledIds.get();
        List<Contributions> result = new ArrayList<>();
        contributions.forEach((id, c) -> {
            if (!disabled.contains(id)) {
                result.add(c);
            }
        });
        return result;
    }

    private static <E extends PluginEvent> void deliver(Listener<E> l, PluginEvent event) {
        if (l.type().isInstance(event)) {
            l.listener().accept(l.type().cast(event));
        }
    }
}
