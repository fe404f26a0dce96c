package dev.kakehashi.plugin;

import java.util.List;
import org.commonmark.Extension;

/**
 * CommonMark extensions a plugin adds to the Markdown renderer. What they produce still passes the
 * HTML allowlist, so they cannot add scripts or styles.
 *
 * @since 0.1
 */
public interface MarkdownExtension {
    /**
     * The commonmark-java extensions, used for both parsing and rendering.
     *
     * @since 0.1
     */
    List<Extension> commonmarkExtensions();
}
