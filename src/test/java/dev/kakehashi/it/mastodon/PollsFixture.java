package dev.kakehashi.it.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the poll ITs share: a blog with two authors (mio and ren, {@link FollowedPeerBlog}) and a
 * real Fedify peer that mio follows and that follows mio, so it receives her polls; helpers to run
 * Mastodon.py's poll steps and to read what the peer received. Each subclass gets its own server
 * and peer.
 */
abstract class PollsFixture {
    static FollowedPeerBlog fx;

    @BeforeAll
    static void start() {
        MastodonClients.requireMastodonPy();
        fx = FollowedPeerBlog.start("Polls IT");
        fx.peer.follow(fx.mioActor);
        fx.peer.awaitReceived(a -> "Accept".equals(a.path("type").asText()), FollowedPeerBlog.PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (fx != null) fx.close();
    }

    static JsonNode pollPy(String step, String token, String... args) {
        List<String> cmd = new ArrayList<>(List.of(MastodonClients.PYTHON, "mastodon_py_polls.py", step));
        cmd.add(fx.server.baseUrl());
        cmd.add(token);
        cmd.addAll(List.of(args));
        return MastodonClients.run(cmd, Map.of(), null).ok().json();
    }

    static List<String> titles(JsonNode options) {
        List<String> out = new ArrayList<>();
        options.forEach(o ->
                out.add(o.path("title").asText() + "=" + o.path("votes_count").asText()));
        return out;
    }

    /** The object of the Create the follower received for our object {@code uri}, once it arrives. */
    static JsonNode createdObject(String uri) {
        return fx.peer
                .awaitReceived(
                        a -> "Create".equals(a.path("type").asText())
                                && uri.equals(a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()),
                        FollowedPeerBlog.PATIENCE)
                .path("activity")
                .path("object");
    }
}
