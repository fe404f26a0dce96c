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
     * Listens to a domain event (post published, updated, deleted...), after it was committed.
     *
     * @since 0.1
     */
    <E extends DomainEvent> void onEvent(Class<E> type, Consumer<? super E> listener);
}
