package dev.kakehashi.plugin;

import dev.kakehashi.domain.event.DomainEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The loaded plugins and what each registered. Which plugins are enabled is asked of {@code
 * enabledIds} on every use, so switching one off in the admin takes effect at once on every node.
 */
public final class PluginRegistry {
    /** A loaded plugin and where it came from. */
    public record Loaded(KakehashiPlugin plugin, String source) {}

    private record Listener<E extends DomainEvent>(String pluginId, Class<E> type, Consumer<? super E> listener) {}

    private final Map<String, Loaded> plugins = new LinkedHashMap<>();
    private final Map<String, List<MarkdownExtension>> markdown = new LinkedHashMap<>();
    private final List<Listener<?>> listeners = new ArrayList<>();
    private final Supplier<Set<String>> disabledIds;

    public PluginRegistry(Supplier<Set<String>> disabledIds) {
        this.disabledIds = disabledIds;
    }

    void add(KakehashiPlugin plugin, String source) {
        String id = plugin.id();
        if (plugins.containsKey(id)) {
            throw new IllegalStateException(
                    "Two plugins use the id " + id + ": " + plugins.get(id).source() + " and " + source);
        }
        plugins.put(id, new Loaded(plugin, source));
        plugin.register(new Extensions() {
            @Override
            public void markdown(MarkdownExtension extension) {
                markdown.computeIfAbsent(id, k -> new ArrayList<>()).add(extension);
            }

            @Override
            public <E extends DomainEvent> void onEvent(Class<E> type, Consumer<? super E> listener) {
                listeners.add(new Listener<>(id, type, listener));
            }
        });
    }

    public Collection<Loaded> all() {
        return plugins.values();
    }

    public boolean isEnabled(String id) {
        return plugins.containsKey(id) && !disabledIds.get().contains(id);
    }

    /** The Markdown extensions of the enabled plugins, in load order. */
    public List<MarkdownExtension> markdownExtensions() {
        Set<String> disabled = disabledIds.get();
        List<MarkdownExtension> result = new ArrayList<>();
        markdown.forEach((id, list) -> {
            if (!disabled.contains(id)) {
                result.addAll(list);
            }
        });
        return result;
    }

    /** Hands an event to the enabled plugins that listen for its type. */
    public void dispatch(DomainEvent event) {
        Set<String> disabled = disabledIds.get();
        for (Listener<?> l : listeners) {
            if (!disabled.contains(l.pluginId())) {
                deliver(l, event);
            }
        }
    }

    private static <E extends DomainEvent> void deliver(Listener<E> l, DomainEvent event) {
        if (l.type().isInstance(event)) {
            l.listener().accept(l.type().cast(event));
        }
    }
}
