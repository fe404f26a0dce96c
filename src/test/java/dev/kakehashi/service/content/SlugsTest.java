package dev.kakehashi.service.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void lowerCasesAndJoinsWordsWithSingleDashes() {
        assertThat(Slugs.fromTitle("Hello, Fediverse!  Again", 80)).isEqualTo("hello-fediverse-again");
    }

    @Test
    void dropsAccentsButKeepsTheLetters() {
        assertThat(Slugs.fromTitle("Crème brûlée à Zürich", 80)).isEqualTo("creme-brulee-a-zurich");
    }

    @Test
    void aTitleWithoutLatinLettersGivesAnEmptySlugForTheCallerToReplace() {
        assertThat(Slugs.fromTitle("架け橋について", 80)).isEmpty();
        assertThat(Slugs.fromTitle("!!!", 80)).isEmpty();
    }

    @Test
    void cutsAtTheLimitWithoutATrailingDash() {
        String slug = Slugs.fromTitle("one two three four", 8);
        assertThat(slug).isEqualTo("one-two");
        assertThat(slug.length()).isLessThanOrEqualTo(8);
    }

    @Test
    void everyGeneratedSlugIsValid() {
        for (String title :
                new String[] {"-Leading and trailing-", "Tabs\tand\nlines", "A/B testing 101", "ＦＵＬＬ width"}) {
            assertThat(Slugs.fromTitle(title, 80)).matches(Slugs.VALID);
        }
        assertThat(Slugs.fromTitle("ＦＵＬＬ width", 80)).isEqualTo("full-width");
    }

    @Test
    void theValidPatternRefusesDoubleAndEdgeDashesAndUpperCase() {
        assertThat(Slugs.VALID.matcher("ok-slug-2").matches()).isTrue();
        assertThat(Slugs.VALID.matcher("double--dash").matches()).isFalse();
        assertThat(Slugs.VALID.matcher("-edge").matches()).isFalse();
        assertThat(Slugs.VALID.matcher("Upper").matches()).isFalse();
        assertThat(Slugs.VALID.matcher("").matches()).isFalse();
    }
}
