package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagsTest {
    @Test
    void splitsOnCommasDropsHashesAndLowerCasesOneWordTags() {
        assertThat(Tags.parse("#Java, travel , ##Photos,,kyoto")).containsExactly("java", "travel", "photos", "kyoto");
    }

    @Test
    void aTagOfSeveralWordsIsOneHashtagWithCapitals() {
        assertThat(Tags.parse("hello world, travel photos from kyoto, hello-world"))
                .containsExactly("HelloWorld", "TravelPhotosFromKyoto");
        assertThat(Tags.parse("#hello world")).containsExactly("HelloWorld");
    }

    @Test
    void removesDuplicatesKeepingFirstOrder() {
        assertThat(Tags.parse("b, a, #B, A")).containsExactly("b", "a");
    }

    @Test
    void blankAndNullGiveNoTags() {
        assertThat(Tags.parse(null)).isEmpty();
        assertThat(Tags.parse("  , # ,")).isEmpty();
    }

    @Test
    void keepsInvalidTagsSoTheCallerCanReportThem() {
        assertThat(Tags.parse("ok, bad.tag")).containsExactly("ok", "bad.tag");
        assertThat(Tags.VALID.matcher("bad-tag").matches()).isFalse();
    }

    @Test
    void acceptsNonLatinLettersDigitsAndUnderscores() {
        assertThat(Tags.VALID.matcher("日本語").matches()).isTrue();
        assertThat(Tags.VALID.matcher("café_2024").matches()).isTrue();
        assertThat(Tags.VALID.matcher("x".repeat(101)).matches()).isFalse();
    }
}
