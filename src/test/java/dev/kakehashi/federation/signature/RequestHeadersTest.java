package dev.kakehashi.federation.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {
    @Test
    void looksNamesUpWhateverTheirCaseAndCombinesRepeatedValues() {
        var headers = RequestHeaders.of(Map.of("Accept", List.of(" a/b ", "c/d"), "accept", List.of("e/f")));

        assertThat(headers.has("ACCEPT")).isTrue();
        assertThat(headers.all("accept")).hasSize(3);
        assertThat(headers.combined("accept").orElseThrow()).contains("a/b, c/d");
        assertThat(headers.combined("digest")).isEmpty();
    }
}
