package dev.kakehashi.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.ActivityType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Outbox entries made by name: what each factory leaves empty and what each step sets. */
class OutboxEntryTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final String POST = "https://blog.example/posts/7";

    @Test
    void anEntryForAPostIsRenderedAtFanOutAndDueNow() {
        OutboxEntry entry = OutboxEntry.forPost("account:1", ActivityType.CREATE, POST + "#create", 7, NOW);
        assertThat(entry)
                .isEqualTo(
                        new OutboxEntry("account:1", ActivityType.CREATE, POST + "#create", 7L, null, null, NOW, NOW));
    }

    @Test
    void anEditWaitsAndADeleteCarriesItsBody() {
        Instant later = NOW.plusSeconds(30);
        OutboxEntry edit =
                OutboxEntry.forPost("blog", ActivityType.UPDATE, POST, 7, NOW).after(later);
        assertThat(edit.fanOutAfter()).isEqualTo(later);
        assertThat(edit.createdAt()).isEqualTo(NOW);
        assertThat(edit.body()).isNull();

        OutboxEntry delete =
                OutboxEntry.forPost("blog", ActivityType.DELETE, POST, 7, NOW).withBody("{}");
        assertThat(delete.body()).isEqualTo("{}");
        assertThat(delete.postId()).isEqualTo(7L);
        assertThat(delete.fanOutAfter()).isEqualTo(NOW);
    }

    @Test
    void aRenderedEntryIsAboutNoPostUntilToldAndGoesWhereItIsAddressed() {
        OutboxEntry accept = OutboxEntry.rendered("blog", ActivityType.ACCEPT, "https://m.example/f/1", "{}", NOW);
        assertThat(accept.postId()).isNull();
        assertThat(accept.targetInbox()).isNull();

        OutboxEntry one = accept.to("https://m.example/inbox").aboutPost(7L);
        assertThat(one.targetInbox()).isEqualTo("https://m.example/inbox");
        assertThat(one.postId()).isEqualTo(7L);
        assertThat(one.body()).isEqualTo("{}");
    }
}
