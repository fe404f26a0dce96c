package dev.kakehashi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagMatchTest {
    @Test
    void namesAreMatchedInLowerCaseWithoutTheirHashOnce() {
        TagMatch m = new TagMatch(List.of("#Bridges", "bridges", " Rivers "), List.of("##STONE"), List.of(" ", "WIP"));
        assertThat(m.any()).containsExactly("bridges", "rivers");
        assertThat(m.all()).containsExactly("stone");
        assertThat(m.none()).containsExactly("wip");
    }

    @Test
    void eachModeKeepsItsFirstFourNamesAsMastodonDoes() {
        TagMatch m = new TagMatch(List.of("a", "b", "c", "d", "e"), List.of(), null);
        assertThat(m.any()).containsExactly("a", "b", "c", "d");
        assertThat(m.none()).isEmpty();
    }

    @Test
    void everyAllNameIsItsOwnConditionAndNoneExcludes() {
        String where = new TagMatch(List.of("a"), List.of("b", "c"), List.of("d")).where();
        assertThat(where)
                .contains(":tagAny")
                .contains(":tagAll0")
                .contains(":tagAll1")
                .contains("not p.id in");
        assertThat(new TagMatch(null, null, null).where()).isEmpty();
    }
}
