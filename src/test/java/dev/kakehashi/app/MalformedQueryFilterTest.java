package dev.kakehashi.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedQueryFilterTest {
    @Test
    void aPercentWithoutTwoHexDigitsIsBroken() {
        assertThat(MalformedQueryFilter.brokenEscape("resource=%")).isTrue();
        assertThat(MalformedQueryFilter.brokenEscape("a=%4")).isTrue();
        assertThat(MalformedQueryFilter.brokenEscape("a=%zz&b=1")).isTrue();
    }

    @Test
    void wellFormedOrAbsentQueriesPass() {
        assertThat(MalformedQueryFilter.brokenEscape(null)).isFalse();
        assertThat(MalformedQueryFilter.brokenEscape("resource=acct%3Aa%40b.example&x=%E6%9E%B6"))
                .isFalse();
        assertThat(MalformedQueryFilter.brokenEscape("plain=1")).isFalse();
    }
}
