package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.ACCOUNT;
import static dev.kakehashi.mastodon.convert.Fixtures.LINKS;
import static dev.kakehashi.mastodon.convert.Fixtures.T0;
import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.AnswerVersion;
import dev.kakehashi.domain.Post;
import dev.kakehashi.mastodon.entity.StatusEditEntity;
import dev.kakehashi.service.PostHistory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One version of a post, or of an author's answer, as the {@code StatusEdit} apps show in a status's history. */
class VersionToEditTest {
    final VersionToEdit convert = new VersionToEdit(LINKS);

    @Test
    void aShortPostsVersionIsItsBodyWithItsImagesAndTime() {
        Post p = Fixtures.note("<p>now</p>", Set.of(), List.of());
        JsonNode s = json(convert.convert(
                new PostHistory.Version(p, null, "<p>before</p>", List.of(Fixtures.image(5, "a cat")), false, null, T0),
                ACCOUNT));

        assertThat(s.get("content").asText()).isEqualTo("<p>before</p>");
        assertThat(s.get("created_at").asText()).isEqualTo("2026-03-04T05:06:07.891Z");
        assertThat(s.get("spoiler_text").asText()).isEmpty();
        assertThat(s.get("sensitive").asBoolean()).isFalse();
        assertThat(s.get("account").get("username").asText()).isEqualTo("ann");
        assertThat(s.get("media_attachments").get(0).get("description").asText())
                .isEqualTo("a cat");
        assertThat(s.get("emojis").isArray()).isTrue();
        assertThat(s.has("poll")).isTrue();
    }

    @Test
    void aVersionKeepsTheContentWarningItHadAndIsSensitiveWithIt() {
        Post p = Fixtures.note("<p>now</p>", Set.of(), List.of());
        JsonNode s = json(convert.convert(
                new PostHistory.Version(p, null, "<p>before</p>", List.of(), false, "Old warning", T0), ACCOUNT));

        assertThat(s.get("spoiler_text").asText()).isEqualTo("Old warning");
        assertThat(s.get("sensitive").asBoolean()).isTrue();
    }

    @Test
    void anAnswersEarlierVersionIsItsTextOfThenWithTheAnswersAccountAndItsTime() {
        StatusEditEntity current = new StatusEditEntity(
                "<p>now</p>", "", false, "2026-03-05T00:00:00.000Z", ACCOUNT, null, List.of(), List.of());
        JsonNode s = json(convert.convert(new AnswerVersion("<p>before</p>", "Spoilers", false, T0), current));

        assertThat(s.get("content").asText()).isEqualTo("<p>before</p>");
        assertThat(s.get("spoiler_text").asText()).isEqualTo("Spoilers");
        assertThat(s.get("sensitive").asBoolean()).isTrue();
        assertThat(s.get("created_at").asText()).isEqualTo("2026-03-04T05:06:07.891Z");
        assertThat(s.get("account").get("username").asText()).isEqualTo("ann");
        assertThat(s.get("media_attachments").isArray()).isTrue();
        assertThat(json(convert.convert(new AnswerVersion("<p>plain</p>", null, false, T0), current))
                        .get("spoiler_text")
                        .asText())
                .isEmpty();
    }

    @Test
    void anArticlesVersionShowsItsTitleOfThenOverItsWholeBody() {
        Post p = Fixtures.article("Now <titled>", null, "<p>new body</p>", null);
        JsonNode s = json(convert.convert(
                new PostHistory.Version(p, "Once & before", "<p>old body</p>", List.of(), false, null, T0), ACCOUNT));

        assertThat(s.get("content").asText()).isEqualTo("<p><strong>Once &amp; before</strong></p><p>old body</p>");
    }
}
