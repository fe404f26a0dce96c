package dev.kakehashi.service.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakehashi.service.content.HtmlSanitizer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WpContentTest {
    private final WpContent content = new WpContent(new HtmlSanitizer("https://blog.example/"));

    private WpContent.Converted convert(String raw) {
        return content.convert(raw, id -> id == 11 ? "https://old.example/wp-content/uploads/a.jpg" : null);
    }

    @Test
    void dropsGutenbergBlockCommentsAndKeepsTheBlocks() {
        String html = convert("<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n"
                        + "<!-- wp:image {\"id\":11} -->\n<figure class=\"wp-block-image\"><img src=\"https://x.example/a.jpg\""
                        + " alt=\"A\"/></figure>\n<!-- /wp:image -->")
                .html();
        assertEquals("<p>One</p>\n\n<figure><img src=\"https://x.example/a.jpg\" alt=\"A\"></figure>", html);
    }

    @Test
    void restoresClassicParagraphsAndLineBreaks() {
        assertEquals(
                "<p>Nets tear.<br>\nMend them.</p>\n\n<p>Second.</p>",
                convert("Nets tear.\nMend them.\n\n\nSecond.").html());
    }

    @Test
    void turnsACaptionIntoAFigure() {
        String html = convert(
                        "[caption id=\"attachment_11\" width=\"600\"]<img src=\"https://x.example/n.jpg\" alt=\"A net\""
                                + " /> A net, half mended[/caption]")
                .html();
        assertEquals(
                "<figure><img src=\"https://x.example/n.jpg\" alt=\"A net\"><figcaption>A net, half mended</figcaption></figure>",
                html);
    }

    @Test
    void turnsAGalleryIntoImagesOfTheAttachments() {
        assertEquals(
                "<figure><img src=\"https://old.example/wp-content/uploads/a.jpg\" alt=\"\"></figure>",
                convert("[gallery ids=\"11,99\"]").html());
    }

    @Test
    void turnsEmbedsIntoLinksAndAudioAndVideoIntoPlayers() {
        assertEquals(
                "<p><a href=\"https://video.example/v\">https://video.example/v</a></p>",
                convert("[embed]https://video.example/v[/embed]").html());
        assertEquals(
                "<p><audio controls=\"\" preload=\"metadata\" src=\"https://old.example/w.mp3\">"
                        + "<a href=\"https://old.example/w.mp3\">Listen: w.mp3</a></audio></p>",
                convert("[audio mp3=\"https://old.example/w.mp3\"][/audio]").html());
        assertEquals(
                "<p><video controls=\"\" preload=\"metadata\" src=\"https://old.example/v.mp4\">"
                        + "<a href=\"https://old.example/v.mp4\">Watch: v.mp4</a></video></p>",
                convert("[video src='https://old.example/v.mp4']").html());
    }

    @Test
    void keepsOtherShortcodesAsTextAndListsThem() {
        WpContent.Converted c = convert("Write to us: [contact-form-7 id=\"42\"] or [ninja_form]");
        assertEquals("<p>Write to us: [contact-form-7 id=\"42\"] or [ninja_form]</p>", c.html());
        assertEquals(Set.of("contact-form-7", "ninja_form"), c.unknownShortcodes());
    }

    @Test
    void sanitizesWhatThePostCarried() {
        String html =
                convert("<p onclick=\"x()\">Hi<script>alert(1)</script></p>").html();
        assertEquals("<p>Hi</p>", html);
        assertFalse(html.contains("script"));
    }

    @Test
    void leavesNoBlankLineInsideABlock() {
        String html = convert("<ul>\n<li>a</li>\n\n<li>b</li>\n</ul>").html();
        assertTrue(!html.contains("\n\n") || html.indexOf("\n\n") > html.indexOf("</ul>"), html);
    }
}
