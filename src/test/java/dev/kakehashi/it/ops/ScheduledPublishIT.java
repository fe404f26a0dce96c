package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Posts scheduled in the admin appear on the public blog at their time, even across a restart. */
class ScheduledPublishIT {
    private KakehashiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aScheduledPostAppearsOnTheHomePageOnlyOnceItsTimeHasCome() {
        server = KakehashiServer.started();
        WebClient admin = new WebClient(server).setUpAndLogIn("Schedule IT", "planner", "planner-password-1");
        // Margin for a loaded machine: the post must still be unpublished when the home page is read.
        Instant at = Instant.now().plusSeconds(8);
        admin.compose(
                "note",
                "schedule",
                "body",
                "Scheduled hello from the future",
                "scheduledAt",
                local(at),
                "tzOffset",
                "0");

        Instant asked = Instant.now();
        assertThat(new WebClient(server).get("/").body()).doesNotContain("Scheduled hello from the future");
        assertThat(asked).as("the home page was read before the scheduled time").isBefore(at);
        assertThat(admin.get("/admin/posts?status=scheduled").body()).contains("Scheduled hello from the future");

        assertThat(eventually(Duration.ofSeconds(20), () -> onHomePage("Scheduled hello from the future")))
                .as("published by its trigger within 20 s")
                .isTrue();
        assertThat(Instant.now()).isAfterOrEqualTo(at.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aPostScheduledBeforeARestartIsPublishedAfterIt() {
        server = KakehashiServer.started();
        WebClient admin = new WebClient(server).setUpAndLogIn("Restart IT", "planner", "planner-password-1");
        Instant at = Instant.now().plusSeconds(5);
        admin.compose("note", "schedule", "body", "Survives the restart", "scheduledAt", local(at), "tzOffset", "0");
        server.stop();

        sleepUntil(at.plusSeconds(1));
        server.start();

        assertThat(eventually(Duration.ofSeconds(20), () -> onHomePage("Survives the restart")))
                .as("published after the restart within 20 s")
                .isTrue();
    }

    private boolean onHomePage(String text) {
        return new WebClient(server).get("/").body().contains(text);
    }

    /** The form's datetime-local value in UTC, with seconds (the form accepts both precisions). */
    private static String local(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                .toString();
    }

    private static boolean eventually(Duration limit, BooleanSupplier condition) {
        return Eventually.holdsWithin(limit, condition);
    }

    private static void sleepUntil(Instant when) {
        long ms = Duration.between(Instant.now(), when).toMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
