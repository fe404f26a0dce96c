package dev.kakehashi.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The brake on password guessing holds under concurrency, counts per account (username and e-mail
 * alike), and locks out the guessing address, not the owner everywhere. Each client connects from
 * its own loopback address.
 */
class LoginLimitIT {
    static KakehashiServer server;
    static WebClient owner;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        owner = new WebClient(server).setUpAndLogIn("Limit IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fifteenConcurrentWrongGuessesCheckAtMostFiveThenTheRightPasswordIsRefusedFromThatAddressOnly()
            throws Exception {
        AdminPages.addAuthor(owner, "victim", "author", "victim-password-1");
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(15);
        try {
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                String guess = "wrong-guess-" + i;
                guesses.add(pool.submit(() -> guessUntilAnswered("127.0.0.5", "victim", guess)));
            }
            for (Future<Integer> g : guesses) {
                statuses.add(g.get(90, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).allMatch(s -> s == 401 || s == 429, "only 401 or 429: " + statuses);
        assertThat(statuses.stream().filter(s -> s == 401).count())
                .as("guesses actually checked: " + statuses)
                .isLessThanOrEqualTo(5);

        var right = new LoopbackClient(server.baseUrl(), "127.0.0.5", 30_000).logIn("victim", "victim-password-1");
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.body()).contains("Too many failed logins");
        assertThat(right.headers().get("set-cookie")).as("no session").isNull();

        var owner = new LoopbackClient(server.baseUrl(), "127.0.0.6", 30_000);
        var elsewhere = owner.logIn("victim", "victim-password-1");
        assertThat(elsewhere.status()).as("the owner from another address").isEqualTo(303);
        assertThat(owner.cookie("kakehashi_session")).as("a session").isNotBlank();
    }

    /** Like an attacker's script: a 503 (server busy) is retried, a bounded number of times. */
    private static int guessUntilAnswered(String from, String username, String password) {
        int status = 503;
        for (int i = 0; i < 60 && status == 503; i++) {
            status = new LoopbackClient(server.baseUrl(), from, 60_000)
                    .logIn(username, password)
                    .status();
        }
        return status;
    }

    @Test
    void theUsernameAndTheEmailCountAsOneAccount() {
        AdminPages.addAuthor(owner, "twoname", "author", "twoname-password-1");
        LoopbackClient guesser = new LoopbackClient(server.baseUrl(), "127.0.0.7", 30_000);
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.logIn("twoname", "bad-" + i).status()).isEqualTo(401);
            assertThat(guesser.logIn("TwoName@example.com", "bad-e" + i).status())
                    .as("by e-mail " + i)
                    .isIn(401, 429);
        }
        assertThat(guesser.logIn("twoname@example.com", "twoname-password-1").status())
                .isEqualTo(429);
        assertThat(new LoopbackClient(server.baseUrl(), "127.0.0.8", 30_000)
                        .logIn("twoname@example.com", "twoname-password-1")
                        .status())
                .isEqualTo(303);
    }

    @Test
    void unknownUsernamesAreLimitedPerAddressToo() {
        LoopbackClient sprayer = new LoopbackClient(server.baseUrl(), "127.0.0.9", 30_000);
        int refused = 0;
        for (int i = 0; i < 22; i++) {
            int status = sprayer.logIn("nobody-" + i, "some-password").status();
            assertThat(status).isIn(401, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("past 20 guesses from one address").isEqualTo(2);
        assertThat(new LoopbackClient(server.baseUrl(), "127.0.0.10", 30_000)
                        .logIn("owner", "owner-password-1")
                        .status())
                .isEqualTo(303);
    }
}
