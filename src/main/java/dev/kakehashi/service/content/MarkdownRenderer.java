package dev.kakehashi.service.content;

import dev.kakehashi.plugin.HtmlFilter;
import dev.kakehashi.plugin.MarkdownExtension;
import dev.kakehashi.service.admission.AdmissionGate;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.plugin.PluginRegistry;
import java.time.Duration;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns Markdown into safe HTML with commonmark-java plus the extensions of the enabled plugins.
 * Raw HTML in the Markdown is kept; plugins' HTML filters run next, and the result passes the
 * {@link HtmlSanitizer} allowlist.
 */
public final class MarkdownRenderer {
    private record Engine(List<MarkdownExtension> from, Parser parser, HtmlRenderer renderer) {}

    private final PluginRegistry plugins;
    private final HtmlSanitizer sanitizer;
    private volatile Engine engine;

    public MarkdownRenderer(PluginRegistry plugins, HtmlSanitizer sanitizer) {
        this.plugins = plugins;
        this.sanitizer = sanitizer;
    }

    /** Above this many characters, rendering goes through {@link #HUGE}. */
    static final int HUGE_INPUT = 50_000;
    /** Huge texts take tens of MiB to parse, sanitize and filter: only a few at once. */
    static final AdmissionGate HUGE =
            new AdmissionGate("rendering long texts", AdmissionGate.slotsFromCores(2), Duration.ofSeconds(2));

    /**
     * Safe HTML for {@code markdown} (null is treated as empty).
     *
     * @throws dev.kakehashi.service.error.OverloadedException when too many huge texts are being rendered
     */
    public String render(String markdown) {
        if (markdown != null && markdown.length() > HUGE_INPUT) {
            return HUGE.call(() -> renderNow(markdown));
        }
        return renderNow(markdown);
    }

    private String renderNow(String markdown) {
        Engine e = engine();
        String html;
        try {
            html = e.renderer().render(e.parser().parse(markdown == null ? "" : markdown));
        } catch (StackOverflowError tooDeep) {
            // commonmark parses and renders nested blocks recursively; thousands of levels exhaust the
            // stack. The error is thrown on this thread only and leaves nothing behind.
            throw new ServiceException(
                    422,
                    "The text is nested too deeply (quotes or lists inside each other, thousands of levels)"
                            + " to be shown. Nest less.");
        }
        for (HtmlFilter filter : plugins.htmlFilters()) {
            html = filter.filter(html);
        }
        return sanitizer.sanitize(html);
    }

    /** Rebuilt only when the set of enabled Markdown plugins changed. */
    private Engine engine() {
        List<MarkdownExtension> current = plugins.markdownExtensions();
        Engine e = engine;
        if (e == null || !e.from().equals(current)) {
            List<Extension> extensions = current.stream()
                    .flatMap(m -> m.commonmarkExtensions().stream())
                    .toList();
            e = new Engine(
                    current,
                    Parser.builder().extensions(extensions).build(),
                    HtmlRenderer.builder().extensions(extensions).build());
            engine = e;
        }
        return e;
    }
}
