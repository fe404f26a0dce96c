package dev.kakehashi.plugin;

import dev.kakehashi.domain.event.DomainEvent;
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
     * Listens to a domain event (post published, updated, deleted...), after it was committed. The
     * listener runs on the thread that committed; an exception it throws is logged and does not
     * reach other listeners or undo the change.
     *
     * @since 0.1
     */
    <E extends DomainEvent> void onEvent(Class<E> type, Consumer<? super E> listener);
}
