package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {
    @Test
    void formatsAnImfFixdateWithATwoDigitDayInGmt() {
        assertThat(HttpDates.format(Instant.parse("2014-01-05T21:31:40Z"))).isEqualTo("Sun, 05 Jan 2014 21:31:40 GMT");
        assertThat(HttpDates.format(Instant.parse("2026-11-22T02:58:30.999Z")))
                .isEqualTo("Sun, 22 Nov 2026 02:58:30 GMT");
    }

    @Test
    void parsesWhatItFormatsAndSingleDigitDays() {
        assertThat(HttpDates.parse("Sun, 05 Jan 2014 21:31:40 GMT")).isEqualTo(Instant.parse("2014-01-05T21:31:40Z"));
        assertThat(HttpDates.parse(" Sun, 5 Jan 2014 21:31:40 GMT ")).isEqualTo(Instant.parse("2014-01-05T21:31:40Z"));
    }

    @Test
    void refusesOtherText() {
        assertThatThrownBy(() -> HttpDates.parse("2014-01-05T21:31:40Z")).hasMessage("bad date");
        assertThatThrownBy(() -> HttpDates.parse("")).hasMessage("bad date");
    }
}
