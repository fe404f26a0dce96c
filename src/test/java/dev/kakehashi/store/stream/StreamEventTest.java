package dev.kakehashi.store.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamEventTest {
    @Test
    void anEventSurvivesItsNotifyPayload() {
        var e = new StreamEvent(StreamEvent.Type.STATUS_UPDATE, 42, 7, "private", List.of("cats", "日本"), true);
        assertThat(StreamEvent.decode(e.encode())).isEqualTo(e);
        var n = StreamEvent.notification(9, 7);
        assertThat(StreamEvent.decode(n.encode())).isEqualTo(n);
    }

    @Test
    void everyEventForOneAuthorSurvivesItsNotifyPayload() {
        for (StreamEvent.Type type : StreamEvent.Type.values()) {
            var e = StreamEvent.forAccount(type, 123_456_789_012L, 7);
            assertThat(StreamEvent.decode(e.encode())).as(type.name()).isEqualTo(e);
        }
    }

    @Test
    void manyTagsAreCutSoThePayloadStaysUnderPostgresLimit() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            tags.add("タグ" + i);
        }
        String payload = new StreamEvent(StreamEvent.Type.UPDATE, 1, 2, "public", tags, false).encode();
        assertThat(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(8_000);
        assertThat(StreamEvent.decode(payload).tags()).startsWith("タグ0", "タグ1");
    }

    @Test
    void aMalformedPayloadIsRefused() {
        assertThatThrownBy(() -> StreamEvent.decode("hello")).isInstanceOf(IllegalArgumentException.class);
    }
}
