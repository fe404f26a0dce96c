package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the lists, followed tags and conversations ITs share: a blog with two authors ("mio", who
 * follows a real Fedify peer, and "ren", who follows nobody), their app tokens, and helpers for the
 * peer to post, boost and send direct messages. Each subclass gets its own server and peer.
 */
abstract class MastodonListsFixture {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    static KakehashiServer server;
    static LiveTables tables;
    static FedifyPeer peer;
    static WebClient admin;
    static MastodonApi http;
    static String mio;
    static String ren;
    static String mioActor;
    static String peerAccount;

    static FollowedPeerBlog blog;

    @BeforeAll
    static void start() {
        blog = FollowedPeerBlog.start("Lists IT");
        peer = blog.peer;
        server = blog.server;
        tables = blog.tables;
        admin = blog.admin;
        http = blog.http;
        mio = blog.mio;
        ren = blog.ren;
        mioActor = blog.mioActor;
        peerAccount = blog.peerAccount;
    }

    @AfterAll
    static void stop() {
        if (blog != null) blog.close();
    }

    /** The peer delivers an activity to mio's inbox, signed. */
    static void send(Map<String, ?> activity) {
        delivered(peer.send(mioActor, activity, FedifyPeer.Spec.RFC_9421));
    }

    static void delivered(FedifyPeer.Delivery d) {
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
    }

    /** A public note by the peer (with hashtags), sent to mio; returns its id. */
    static String peerPosts(String html, String... hashtags) {
        return peerReplies(null, html, hashtags);
    }

    /** A public note by the peer answering {@code inReplyTo} (null for none); returns its id. */
    static String peerReplies(String inReplyTo, String html, String... hashtags) {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        List<Map<String, String>> tags = new ArrayList<>();
        for (String t : hashtags) {
            tags.add(Map.of("type", "Hashtag", "name", "#" + t, "href", peer.baseUrl() + "/tags/" + t));
        }
        Map<String, Object> note = peer.note(id, html);
        note.put("cc", List.of(peer.actorUrl() + "/followers"));
        note.put("tag", tags);
        if (inReplyTo != null) {
            note.put("inReplyTo", inReplyTo);
        }
        delivered(peer.create(mioActor, note));
        return id;
    }

    /** A direct note from the peer to mio alone, answering {@code inReplyTo} (null for none). */
    static void sendDirect(String id, String inReplyTo, String html) {
        Map<String, Object> note = peer.note(id, html, mioActor);
        note.put("tag", List.of(Map.of("type", "Mention", "href", mioActor, "name", "@mio")));
        if (inReplyTo != null) {
            note.put("inReplyTo", inReplyTo);
        }
        delivered(peer.create(mioActor, note));
    }

    static MastodonApi.Answer get(String path, String token) {
        String relative =
                path.startsWith("http") ? path.substring(server.baseUrl().length()) : path;
        return http.get(relative, token);
    }

    static MastodonApi.Answer call(String method, String path, String token, Object json) {
        try {
            return http.method(
                    method,
                    path,
                    token,
                    json == null ? null : "application/json",
                    json == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> field(JsonNode array, String name) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(name).asText()));
        return out;
    }

    /** The status {@code announce} in a timeline: a reblog by the peer of the post {@code boosted}. */
    JsonNode assertReblog(JsonNode timeline, String announce, String boosted) {
        JsonNode reblog = null;
        for (JsonNode s : timeline) {
            if (s.get("uri").asText().equals(announce)) {
                reblog = s;
            }
        }
        assertThat(reblog).as(timeline.toString()).isNotNull();
        assertThat(reblog.get("account").get("id").asText()).isEqualTo(peerAccount);
        assertThat(reblog.get("reblog").get("uri").asText()).isEqualTo(boosted);
        assertThat(reblog.get("reblog").get("content").asText()).contains("A friend's words");
        return reblog;
    }

    /** The uris of a timeline's statuses (a reblog's own uri is its Announce's). */
    static List<String> uris(String path, String token) {
        MastodonApi.Answer a = get(path, token);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return field(a.json(), "uri");
    }

    static void assertJsonError(MastodonApi.Answer a, int status) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("error").asText()).isNotBlank();
    }
}
