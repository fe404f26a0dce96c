package dev.kakehashi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A java.net.http WebSocket on {@code /api/v1/streaming}, as an app holds one: it keeps every JSON
 * frame it receives, in order, and waits for the one a test expects.
 */
public final class StreamingSocket implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    /** Every frame received so far, in order. */
    public final List<JsonNode> seen = new ArrayList<>();
    /** Frames some {@link #await} already returned. */
    private final java.util.Set<JsonNode> claimed =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private StreamingSocket(WebSocket.Builder builder, URI uri) {
        this.socket = builder.buildAsync(uri, new Collector()).join();
    }

    /** Opens the socket with the token as its sub-protocol (masto.js's way). */
    public static StreamingSocket open(KakehashiServer server, String token, String query) {
        return open(server.baseUrl(), token, query);
    }

    /** Opens the socket to the Kakehashi at {@code baseUrl} (one node of several). */
    public static StreamingSocket open(String baseUrl, String token, String query) {
        URI uri = URI.create(baseUrl.replace("http://", "ws://") + "/api/v1/streaming" + query);
        return new StreamingSocket(
                HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .subprotocols(token)
                        .connectTimeout(Duration.ofSeconds(10)),
                uri);
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    /**
     * The first frame no earlier call returned that passes {@code test}, received before or within
     * 20 s; fails otherwise. (Frames of different streams may come in any order.)
     */
    public JsonNode await(String what, Predicate<JsonNode> test) {
        for (JsonNode old : seen) {
            if (!claimed.contains(old) && test.test(old)) {
                claimed.add(old);
                return old;
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode next = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("No " + what + " within 20 s; received " + seen);
                }
                seen.add(next);
                if (test.test(next)) {
                    claimed.add(next);
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** An event frame's payload as the JSON it encodes (as a string, per Mastodon). */
    public static JsonNode payload(JsonNode frame) {
        try {
            return JSON.readTree(frame.get("payload").asText());
        } catch (IOException e) {
            throw new AssertionError("Payload is not JSON: " + frame, e);
        }
    }

    public static Predicate<JsonNode> event(String event, String stream) {
        return f -> event.equals(f.path("event").asText())
                && f.path("stream").isArray()
                && stream.equals(f.path("stream").path(0).asText());
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(text.toString()));
                } catch (IOException e) {
                    frames.add(JSON.createObjectNode().put("unparsable", text.toString()));
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
