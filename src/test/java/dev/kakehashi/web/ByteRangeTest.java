package dev.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void resolvesClosedOpenAndSuffixRangesAgainstTheLength() {
        assertThat(ByteRange.parse("bytes=0-9", 100)).hasValue(new ByteRange(0, 9));
        assertThat(ByteRange.parse("bytes=10-", 100)).hasValue(new ByteRange(10, 99));
        assertThat(ByteRange.parse("bytes=-5", 100)).hasValue(new ByteRange(95, 99));
        assertThat(ByteRange.parse("bytes=-500", 100)).hasValue(new ByteRange(0, 99));
        assertThat(ByteRange.parse("bytes=90-99999999999999999999", 100)).hasValue(new ByteRange(90, 99));
        assertThat(ByteRange.parse("Bytes = 1-1", 100)).isEmpty();
        assertThat(ByteRange.parse("BYTES=1-1", 100)).hasValue(new ByteRange(1, 1));
    }

    @Test
    void aRangeOutsideTheFileIsUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=100-", 100)).hasValue(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=-0", 100)).hasValue(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=0-", 0)).hasValue(ByteRange.UNSATISFIABLE);
    }

    @Test
    void malformedOtherUnitsAndMultipleRangesAreIgnored() {
        for (String h : new String[] {
            null,
            "",
            "bytes=",
            "bytes=-",
            "bytes=5-1",
            "bytes=a-b",
            "bytes=1-2x",
            "items=0-1",
            "bytes=0-1,5-6",
            "bytes=--1",
            "bytes=+1-2"
        }) {
            assertThat(ByteRange.parse(h, 100)).as(String.valueOf(h)).isEmpty();
        }
    }
}
