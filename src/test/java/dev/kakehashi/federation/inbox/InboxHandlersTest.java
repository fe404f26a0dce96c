package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.domain.ActivityType;
import org.junit.jupiter.api.Test;

class InboxHandlersTest {
    private final InboxHandler follow = a -> {};
    private final InboxHandler undoFollow = a -> {};
    private final InboxHandler undo = a -> {};
    private final InboxHandlers table = new InboxHandlers()
            .on(ActivityType.FOLLOW, follow)
            .on(ActivityType.UNDO, ActivityType.FOLLOW, undoFollow)
            .on(ActivityType.UNDO, undo);

    @Test
    void theObjectTypeNarrowsThenFallsBackToTheActivityType() {
        assertThat(table.find("Follow", "Person")).containsSame(follow);
        assertThat(table.find("Undo", "Follow")).containsSame(undoFollow);
        assertThat(table.find("Undo", "Like")).containsSame(undo);
        assertThat(table.find("Undo", null)).containsSame(undo);
    }

    @Test
    void unsupportedTypesHaveNoHandler() {
        assertThat(table.find("Question", "Note")).isEmpty();
        assertThat(table.find("follow", null)).isEmpty();
        assertThat(table.find(null, null)).isEmpty();
        assertThat(table.find("Like", "Note")).isEmpty();
    }

    @Test
    void aPairIsRegisteredOnce() {
        assertThatThrownBy(() -> table.on(ActivityType.UNDO, "Follow", a -> {}))
                .isInstanceOf(IllegalStateException.class);
    }
}
