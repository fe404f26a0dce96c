package dev.kakehashi.service.wordpress;

import dev.kakehashi.service.content.HtmlSanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * A WordPress post's content as Kakehashi stores it: block comments gone, shortcodes expanded,
 * {@code wpautop} paragraphs restored, sanitized. The result is HTML made of blocks separated by one
 * blank line and with none inside, so the editor's Markdown renders it back unchanged.
 */
public final class WpContent {
    /** What the converter made, and the shortcodes it left as text. */
    public record Converted(String html, Set<String> unknownShortcodes) {}

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern MORE = Pattern.compile("<!--\\s*(more|nextpage|noteaser).*?-->");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BLOCK_START = Pattern.compile(
            "(?i)^<(p|div|h[1-6]|ul|ol|li|dl|blockquote|pre|figure|table|thead|tbody|tr|hr|section|address|"
                    + "form|fieldset|iframe|audio|video|details|style|script)[\\s>/]");

    private final HtmlSanitizer sanitizer;

    public WpContent(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /**
     * @param attachmentUrl the address of an attachment by its WordPress id ({@code [gallery ids]}), or null
     */
    public Converted convert(String raw, LongFunction<String> attachmentUrl) {
        String text = raw == null ? "" : raw.replace("\r\n", "\n");
        text = BLOCK_COMMENT.matcher(text).replaceAll("");
        text = MORE.matcher(text).replaceAll("\n\n");
        Set<String> unknown = new TreeSet<>();
        text = Shortcodes.expand(text, attachmentUrl, unknown);
        List<String> blocks = new ArrayList<>();
        for (String chunk : PARAGRAPH_BREAK.split(text)) {
            String c = chunk.strip();
            if (c.isEmpty()) {
                continue;
            }
            String html = BLOCK_START.matcher(c).find() ? c : "<p>" + c.replace("\n", "<br>\n") + "</p>";
            String clean = sanitizer.sanitize(html).strip();
            if (!clean.isEmpty()) {
                blocks.add(PARAGRAPH_BREAK.matcher(clean).replaceAll("\n"));
            }
        }
        return new Converted(String.join("\n\n", blocks), unknown);
    }
}
