package dev.kakehashi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Role;
import dev.kakehashi.domain.Snowflake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollDurationsTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Account ANN = new Account(7, "ann", "ann@blog.example", "Ann", Role.ADMIN, "x", T0);
    static final List<Long> CHOICES = List.of(300L, 1800L, 3600L, 21_600L, 43_200L, 86_400L, 259_200L, 604_800L);

    static Poll poll(Instant made, Instant ends) {
        return new Poll(Snowflake.at(made), 1L, null, List.of(new Poll.Option("a", 0)), false, false, ends, null, 0);
    }

    static Post published(Instant at) {
        Post p = new Post(42, ANN, PostKind.NOTE, at);
        p.publish(at);
        return p;
    }

    @Test
    void aPollOpenForAnHourPreselectsAnHourNotTheDefaultDay() {
        long chosen = PollDurations.nearest(published(T0), poll(T0, T0.plus(Duration.ofHours(1))), CHOICES, 86_400);

        assertThat(chosen).isEqualTo(3600);
    }

    @Test
    void aDurationBetweenTwoChoicesTakesTheNearerByRatio() {
        long chosen = PollDurations.nearest(published(T0), poll(T0, T0.plus(Duration.ofDays(2))), CHOICES, 86_400);

        assertThat(chosen).isEqualTo(259_200);
    }

    @Test
    void aScheduledPostsPollCountsFromWhenThePostWasPublished() {
        Instant later = T0.plus(Duration.ofDays(2));
        long chosen =
                PollDurations.nearest(published(later), poll(T0, later.plus(Duration.ofMinutes(30))), CHOICES, 86_400);

        assertThat(chosen).isEqualTo(1800);
    }

    @Test
    void aPollThatNeverEndsKeepsTheDefault() {
        assertThat(PollDurations.nearest(published(T0), poll(T0, null), CHOICES, 86_400))
                .isEqualTo(86_400);
    }
}
