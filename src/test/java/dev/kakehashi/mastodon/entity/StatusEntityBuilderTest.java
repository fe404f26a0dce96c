package dev.kakehashi.mastodon.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusEntityBuilderTest {
    private static final StatusEntity BOOSTED = new StatusEntityBuilder("1", "u1", "l1", "t1", null).build();

    /** Every field differs from the builder's default, so a field the copy forgets shows. */
    private static final StatusEntity FULL = new StatusEntity(
            "9",
            "https://blog.example/posts/9",
            "https://blog.example/hello",
            "2026-03-04T05:06:07.891Z",
            null,
            "<p>hi</p>",
            "unlisted",
            true,
            "cw",
            List.of(new MediaAttachmentEntity("3", "image", "m", "p", null, null, null, null, "alt", null)),
            new ApplicationEntity("4", "app", null, List.of("read"), null, null, null, null, null, null),
            List.of(new MentionEntity("5", "bob", "https://x.example/@bob", "bob@x.example")),
            List.of(new TagEntity("tea", "https://blog.example/tags/tea")),
            List.of("emoji"),
            1,
            2,
            3,
            4,
            "6",
            "7",
            BOOSTED,
            "poll",
            new CardEntity("c", "t", "d", "link", "", "", "p", "pu", "", 1, 2, null, "", null),
            "en",
            "2026-03-05T00:00:00.000Z",
            true,
            true,
            true,
            true,
            true,
            List.of("filter"),
            "quote",
            "source");

    @Test
    void copyingAStatusKeepsEveryField() {
        assertThat(StatusEntityBuilder.from(FULL).build()).isEqualTo(FULL);
    }

    @Test
    void withTextAndWithFilteredChangeOnlyTheirField() {
        StatusEntity texted = FULL.withText("other");
        assertThat(texted.text()).isEqualTo("other");
        assertThat(texted.withText("source")).isEqualTo(FULL);
        StatusEntity filtered = FULL.withFiltered(List.of("a", "b"));
        assertThat(filtered.filtered()).containsExactly("a", "b");
        assertThat(filtered.withFiltered(List.of("filter"))).isEqualTo(FULL);
    }

    @Test
    void aNewStatusHasMastodonsEmptyValues() {
        StatusEntity s = new StatusEntityBuilder("1", "u", "l", "t", null).build();
        assertThat(s.content()).isEmpty();
        assertThat(s.spoilerText()).isEmpty();
        assertThat(s.mediaAttachments()).isEmpty();
        assertThat(s.filtered()).isEmpty();
        assertThat(s.sensitive()).isFalse();
        assertThat(s.reblog()).isNull();
        assertThat(s.text()).isNull();
    }

    @Test
    void aContentWarningMakesAStatusSensitive() {
        StatusEntity s = new StatusEntityBuilder("1", "u", "l", "t", null)
                .warning(false, "spoilers")
                .build();
        assertThat(s.sensitive()).isTrue();
        assertThat(s.spoilerText()).isEqualTo("spoilers");
    }
}
