package dev.kakehashi.plugin;

/**
 * Transforms the HTML rendered from a post's Markdown, before it passes the HTML allowlist: for
 * example to add {@code loading="lazy"} to images or to turn {@code :shortcodes:} into emoji.
 * Whatever a filter returns is still sanitized, so a filter cannot add scripts or styles.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HtmlFilter {
    /**
     * Returns the filtered HTML; called once each time a post is saved, on the request's thread.
     *
     * @param html the HTML commonmark-java produced (and earlier filters changed), never null
     * @return the HTML to pass on, never null
     * @since 0.1
     */
    String filter(String html);
}
