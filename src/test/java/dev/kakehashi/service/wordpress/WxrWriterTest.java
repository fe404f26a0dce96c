package dev.kakehashi.service.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the writer writes, the reader reads back field for field, even text that looks like markup. */
class WxrWriterTest {
    @Test
    void anItemWithCommentsReadsBackAsItWasWritten() {
        WxrComment reply = new WxrComment(
                8,
                7,
                "Ada",
                "https://social.example/users/ada",
                Instant.parse("2024-03-02T10:00:00Z"),
                "<p>Agreed ]]> and &amp; more</p>",
                "0",
                "",
                Map.of("protocol", "activitypub", "source_id", "https://social.example/notes/8"));
        WxrItem item = new WxrItem(
                42,
                "https://blog.example/posts/42",
                "https://blog.example/articles/nets",
                "Nets & <knots>",
                "harbourmaster",
                "post",
                "future",
                "nets",
                0,
                true,
                Instant.parse("2030-01-01T08:00:00Z"),
                Instant.parse("2024-03-01T09:00:00Z"),
                "<p>One]]>two\u0001</p>",
                "Short",
                List.of(),
                List.of("boats", "SeaFog"),
                "status",
                Map.of(WxrItems.VISIBILITY_META, "unlisted"),
                List.of(reply),
                "",
                0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WxrWriter w = new WxrWriter(out)) {
            w.start("Harbour", "https://blog.example", "Boats");
            w.author(new WxrAuthor(3, "harbourmaster", "h@example.com", "Harbour Master"));
            w.item(item);
            w.end();
        }
        try (WxrReader r = new WxrReader(new ByteArrayInputStream(out.toByteArray()))) {
            WxrItem read = r.next();
            assertThat(read)
                    .usingRecursiveComparison()
                    .isEqualTo(new WxrItem(
                            42,
                            item.guid(),
                            item.link(),
                            item.title(),
                            item.creator(),
                            "post",
                            "future",
                            "nets",
                            0,
                            true,
                            item.date(),
                            item.modified(),
                            "<p>One]]>two</p>",
                            "Short",
                            List.of(),
                            item.tags(),
                            "status",
                            item.meta(),
                            List.of(reply),
                            "",
                            0));
            assertThat(r.authors())
                    .containsExactly(new WxrAuthor(3, "harbourmaster", "h@example.com", "Harbour Master"));
            assertThat(r.siteUrl()).isEqualTo("https://blog.example");
            assertThat(r.next()).isNull();
        }
    }
}
