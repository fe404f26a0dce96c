package dev.kakehashi.it.mastodon;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What the OAuth ITs share: a blog whose owner is signed in, and an API client. */
abstract class MastodonOAuthFixture {
    static final String CALLBACK = "https://app.example/callback";
    static KakehashiServer server;
    static WebClient owner;
    static MastodonApi api;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        owner = new WebClient(server).setUpAndLogIn("OAuth IT", "owner", "owner-password-1");
        api = new MastodonApi(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
