package dev.kakehashi.plugins.markdownextras;

import dev.kakehashi.plugin.Extensions;
import dev.kakehashi.plugin.KakehashiPlugin;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;

/**
 * GitHub-flavoured Markdown on top of plain CommonMark: tables, footnotes, ~~strikethrough~~, bare
 * URLs turned into links, and ids on headings so sections can be linked to.
 */
public final class MarkdownExtrasPlugin implements KakehashiPlugin {
    public static final String ID = "markdown-extras";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Markdown extras";
    }

    @Override
    public String description() {
        return "Tables, footnotes, strikethrough, automatic links and heading anchors in posts.";
    }

    @Override
    public void register(Extensions extensions) {
        List<Extension> commonmark = List.of(
                TablesExtension.create(),
                FootnotesExtension.create(),
                // Single tildes are common in prose ("~5 minutes"); only ~~double~~ strikes through.
                StrikethroughExtension.builder().requireTwoTildes(true).build(),
                AutolinkExtension.create(),
                HeadingAnchorExtension.create());
        extensions.markdown(() -> commonmark);
    }
}
