package dev.kakehashi.service.filters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.ContentFilter;
import dev.kakehashi.domain.FilterAction;
import dev.kakehashi.domain.FilterContext;
import dev.kakehashi.domain.FilterKeyword;
import dev.kakehashi.domain.FilteredStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActiveFiltersTest {
    static ContentFilter filter(List<FilterKeyword> keywords, List<FilteredStatus> statuses) {
        return new ContentFilter(1, 1, "t", Set.of(FilterContext.HOME), FilterAction.WARN, null, keywords, statuses);
    }

    static List<String> matches(String keyword, boolean wholeWord, String text) {
        ActiveFilters f =
                new ActiveFilters(List.of(filter(List.of(new FilterKeyword(7, 1, keyword, wholeWord)), List.of())));
        return f.match(FilterContext.HOME, 99, text).stream()
                .flatMap(m -> m.keywords().stream())
                .toList();
    }

    @Test
    void aWholeWordKeywordMatchesOnlyBetweenWordBoundariesWhateverTheCase() {
        assertThat(matches("cat", true, "My CAT sleeps")).containsExactly("cat");
        assertThat(matches("cat", true, "cat.")).containsExactly("cat");
        assertThat(matches("cat", true, "concatenate")).isEmpty();
        assertThat(matches("cat", true, "cats")).isEmpty();
        assertThat(matches("café", true, "Un CAFÉ noir")).containsExactly("café");
        assertThat(matches("été", true, "étés")).isEmpty();
    }

    @Test
    void aKeywordThatIsNotWholeWordMatchesInsideWords() {
        assertThat(matches("dog", false, "Hotdogs for lunch")).containsExactly("dog");
        assertThat(matches("a.b", false, "axb")).isEmpty();
    }

    @Test
    void aKeywordStartingOrEndingWithPunctuationNeedsNoBoundaryThere() {
        assertThat(matches("#tag", true, "see x#tag here")).containsExactly("#tag");
        assertThat(matches("#tag", true, "see #tags")).isEmpty();
    }

    @Test
    void aFilterMatchesTheStatusesItNamesAndOnlyInItsContexts() {
        ActiveFilters f = new ActiveFilters(List.of(filter(List.of(), List.of(new FilteredStatus(3, 1, 42)))));
        assertThat(f.match(FilterContext.HOME, 42, "anything")).singleElement().satisfies(m -> {
            assertThat(m.statuses()).containsExactly(42L);
            assertThat(m.keywords()).isEmpty();
        });
        assertThat(f.match(FilterContext.HOME, 43, "anything")).isEmpty();
        assertThat(f.match(FilterContext.PUBLIC, 42, "anything")).isEmpty();
    }

    @Test
    void anExpiredFilterIsNotActive() {
        ContentFilter f = new ContentFilter(
                1,
                1,
                "t",
                Set.of(FilterContext.HOME),
                FilterAction.HIDE,
                Instant.parse("2026-01-01T00:00:00Z"),
                List.of(),
                List.of());
        assertThat(f.activeAt(Instant.parse("2025-12-31T23:59:59Z"))).isTrue();
        assertThat(f.activeAt(Instant.parse("2026-01-01T00:00:00Z"))).isFalse();
    }
}
