package dev.kakehashi.plugin;

import java.util.List;
import java.util.function.Consumer;

/**
 * The typed extension points a plugin registers with. Each one takes effect only while the plugin
 * is enabled.
 *
 * @since 0.1
 */
public interface Extensions {
    /**
     * Adds CommonMark syntax (tables, footnotes...) to the Markdown of posts.
     *
     * @since 0.1
     */
    void markdown(MarkdownExtension extension);

    /**
     * Transforms post HTML after Markdown rendering and before the allowlist; filters run in plugin
     * load order.
     *
     * @since 0.1
     */
    void htmlFilter(HtmlFilter filter);

    /**
     * Listens to an event (post published, updated, deleted...), after it was committed. The
     * listener runs on the thread that committed; an exception it throws is logged and does not
     * reach other listeners or undo the change.
     *
     * @since 0.1 (typed by {@link PluginEvent} since 0.3)
     */
    <E extends PluginEvent> void onEvent(Class<E> type, Consumer<? super E> listener);

    /**
     * Judges comments arriving from the fediverse: may hold them for moderation or mark them as spam
     * or rejected. Filters run in plugin load order; the strictest verdict wins.
     *
     * @since 0.2
     */
    void commentFilter(CommentFilter filter);

    /**
     * Declares the plugin's own settings, which an admin edits on the plugin's settings page; call at
     * most once. The returned view reads the current values on every use.
     *
     * @throws IllegalArgumentException when two settings share a key
     * @since 0.2
     */
    PluginSettings settings(List<PluginSetting> settings);
}
