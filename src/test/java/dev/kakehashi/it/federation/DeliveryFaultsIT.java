package dev.kakehashi.it.federation;

import static dev.kakehashi.it.federation.OutboxDeliveryIT.await;
import static dev.kakehashi.it.federation.OutboxDeliveryIT.settle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Delivery when receivers misbehave: a 503 is retried until it succeeds, a 410 removes the
 * followers behind the inbox, and a stop in the middle of a fan-out is finished after a restart
 * without sending anything twice that a receiver had acknowledged.
 */
class DeliveryFaultsIT {
    /** The first retry comes after 300 ms instead of 30 s; claimed rows come back after 3 s. */
    static KakehashiServer quickRetries() {
        return KakehashiServer.fresh()
                .with("delivery.first.retry.millis", "300")
                .with("delivery.lease.millis", "3000")
                .start();
    }

    @Test
    void aReceiverAnswering503ThenOkGetsTheActivityOnceAndA410RemovesItsFollowers() {
        try (KakehashiServer server = quickRetries();
                Receiver flaky = Receiver.start().answer(503);
                Receiver gone = Receiver.start().answerAlways(410)) {
            WebClient admin = new WebClient(server).setUpAndLogIn("Bridges", "alice", "correct horse battery");
            String[] alice = new String[1];
            Followers.seed(server, c -> {
                alice[0] = Followers.actorRef(c, "alice");
                Followers.add(c, alice[0], flaky.url("/users/ann"), flaky.url("/users/ann/inbox"), null);
                Followers.add(c, alice[0], gone.url("/users/bob"), gone.url("/users/bob/inbox"), gone.url("/inbox"));
                Followers.add(c, alice[0], gone.url("/users/cy"), gone.url("/users/cy/inbox"), gone.url("/inbox"));
            });
            ApJsonClient peer = new ApJsonClient(server);
            String followers = peer.json("/@alice").path("followers").asText();
            assertThat(peer.json(followers).path("totalItems").asInt()).isEqualTo(3);

            String id = admin.compose("note", "publish", "body", "Through the storm.");
            await(() -> flaky.received("Create").size() == 1 && gone.posts() == 1);
            settle(server);

            assertThat(flaky.posts()).isEqualTo(2);
            assertThat(flaky.received("Create")).hasSize(1);
            assertThat(flaky.received()
                            .get(0)
                            .activity()
                            .path("object")
                            .path("content")
                            .asText())
                    .contains("Through the storm.");
            assertThat(gone.posts()).isEqualTo(1);
            assertThat(peer.json(followers).path("totalItems").asInt()).isEqualTo(1);

            var status = admin.get("/admin/posts/" + id + "/edit").html().select("#delivery");
            assertThat(status.select(".delivered").text()).isEqualTo("1");
            assertThat(status.select(".retrying").text()).isEqualTo("0");
            assertThat(status.select(".failed").text()).isEqualTo("1");
            assertThat(status.select(".delivery-errors").text()).contains("410 Gone");
            var list = admin.get("/admin/posts").html();
            assertThat(list.select(".post-row .delivery").text()).isEqualTo("1 delivered · 1 failed");
        }
    }

    @Test
    void aStopDuringAFanOutIsFinishedAfterTheRestartWithoutDuplicates() {
        try (KakehashiServer server = quickRetries();
                Receiver first = Receiver.start();
                Receiver second = Receiver.start();
                Receiver slow = Receiver.start()) {
            WebClient admin = new WebClient(server).setUpAndLogIn("Bridges", "alice", "correct horse battery");
            Followers.seed(server, c -> {
                String alice = Followers.actorRef(c, "alice");
                for (Receiver r : new Receiver[] {first, second, slow}) {
                    Followers.add(c, alice, r.url("/users/ann"), r.url("/users/ann/inbox"), r.url("/inbox"));
                }
            });
            slow.hold();

            admin.compose("note", "publish", "body", "Mid-crossing.");
            await(() -> first.received().size() == 1 && second.received().size() == 1 && slow.posts() == 1);
            server.stop();
            slow.release();
            int unanswered = slow.posts();
            server.start();
            await(() -> slow.received().size() == 1);
            settle(server);

            assertThat(unanswered).isEqualTo(1);
            assertThat(slow.received()).hasSize(1);
            assertThat(slow.received()
                            .get(0)
                            .activity()
                            .path("object")
                            .path("content")
                            .asText())
                    .contains("Mid-crossing.");
            assertThat(first.received()).hasSize(1);
            assertThat(second.received()).hasSize(1);
        }
    }
}
