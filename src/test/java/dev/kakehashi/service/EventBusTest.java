package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.event.DomainEvent;
import dev.kakehashi.domain.event.PostDeleted;
import dev.kakehashi.domain.event.PostPublished;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {
    private final EventBus bus = new EventBus();

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<Long> seen = new ArrayList<>();
        bus.subscribe(PostPublished.class, e -> {
            throw new IllegalStateException("boom");
        });
        bus.subscribe(PostPublished.class, e -> seen.add(e.postId()));
        bus.publish(new PostPublished(7, 1));
        assertThat(seen).containsExactly(7L);
    }

    @Test
    void listenersOnlyHearTheirTypeOrItsSubtypes() {
        List<String> seen = new ArrayList<>();
        bus.subscribe(PostPublished.class, e -> seen.add("published"));
        bus.subscribe(DomainEvent.class, e -> seen.add("any"));
        bus.publish(new PostDeleted(7, 1, true));
        assertThat(seen).containsExactly("any");
    }
}
