package dev.kakehashi.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.InboxState;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.InboxRepository.Received;
import org.junit.jupiter.api.Test;

class InboxProcessorTest {
    private static Received row(int attempts) {
        return new Received(
                7, "https://remote.example/a/1", "Like", "https://remote.example/u/bob", null, null, "{}", attempts);
    }

    @Test
    void aServicesRefusalInAnyHandlerRejectsTheActivityForGood() {
        var forbidden = InboxProcessor.afterFailure(row(0), ServiceException.forbidden("not your follow"));
        assertThat(forbidden).isEqualTo(new InboxProcessor.Outcome(InboxState.REJECTED, "not your follow"));
        assertThat(InboxProcessor.afterFailure(row(0), ServiceException.notFound("Post"))
                        .state())
                .isEqualTo(InboxState.REJECTED);
        assertThat(InboxProcessor.afterFailure(row(0), ServiceException.gone("Post"))
                        .state())
                .isEqualTo(InboxState.REJECTED);
        assertThat(InboxProcessor.afterFailure(row(0), InvalidInputException.of("content", "Too long"))
                        .state())
                .isEqualTo(InboxState.REJECTED);
    }

    @Test
    void aRejectedActivityIsRejectedWithItsReason() {
        assertThat(InboxProcessor.afterFailure(row(0), new RejectedActivity("the actor is blocked")))
                .isEqualTo(new InboxProcessor.Outcome(InboxState.REJECTED, "the actor is blocked"));
    }

    @Test
    void aPassingLimitOrOurOwnFailureIsTriedAgainUntilTheLastAttempt() {
        assertThat(InboxProcessor.afterFailure(row(0), ServiceException.tooManyRequests("slow down"))
                        .state())
                .isEqualTo(InboxState.RECEIVED);
        assertThat(InboxProcessor.afterFailure(row(0), new OverloadedException("busy", 5))
                        .state())
                .isEqualTo(InboxState.RECEIVED);
        assertThat(InboxProcessor.afterFailure(row(0), new IllegalStateException("database went away"))
                        .state())
                .isEqualTo(InboxState.RECEIVED);
        assertThat(InboxProcessor.afterFailure(
                                row(InboxProcessor.MAX_ATTEMPTS - 1), new IllegalStateException("database went away"))
                        .state())
                .isEqualTo(InboxState.FAILED);
    }
}
