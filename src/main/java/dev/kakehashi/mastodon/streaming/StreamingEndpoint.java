package dev.kakehashi.mastodon.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/streaming} over WebSocket (INTEROP B11): streams subscribed by the query
 * ({@code ?stream=user}, with {@code tag} or {@code list}) and by {@code subscribe} /
 * {@code unsubscribe} messages, several on one socket. The caller was authenticated before the
 * upgrade by {@link StreamingAuthFilter}.
 */
public final class StreamingEndpoint extends Endpoint {
    /** Tomcat's per-session limit for blocking sends (the pings): a stuck client must not hold the beat thread. */
    static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final StreamHub hub;
    private WsSubscriber subscriber;

    StreamingEndpoint(StreamHub hub) {
        this.hub = hub;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        if (!(session.getUserPrincipal() instanceof StreamingCaller caller)) {
            close(session, "Missing access token");
            return;
        }
        session.getUserProperties().put(BLOCKING_SEND_TIMEOUT, 5_000L);
        subscriber = new WsSubscriber(session, caller, hub);
        Map<String, List<String>> query = session.getRequestParameterMap();
        String stream = first(query, "stream");
        if (stream != null) {
            subscribe(stream, first(query, "tag"), first(query, "list"));
        }
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onMessage);
        hub.add(subscriber);
    }

    private void onMessage(String text) {
        JsonNode message;
        try {
            message = StreamFrames.JSON.readTree(text);
        } catch (IOException e) {
            subscriber.sendText(StreamFrames.error("Invalid JSON", 400));
            return;
        }
        if (message == null || !message.isObject()) {
            subscriber.sendText(StreamFrames.error("Invalid JSON", 400));
            return;
        }
        String type = message.path("type").asText("");
        String stream = message.path("stream").asText(null);
        String tag = message.path("tag").asText(null);
        String list = message.path("list").asText(null);
        switch (type) {
            case "subscribe" -> subscribe(stream, tag, list);
            case "unsubscribe" -> unsubscribe(stream, tag, list);
            default -> subscriber.sendText(StreamFrames.error("Unknown message type", 400));
        }
    }

    private void subscribe(String stream, String tag, String list) {
        Subscription s = parse(stream, tag, list);
        if (s == null) {
            return;
        }
        String refusal = hub.refusal(subscriber.caller(), s);
        if (refusal != null) {
            subscriber.sendText(StreamFrames.error(refusal, 401));
            return;
        }
        subscriber.subscribe(s);
    }

    private void unsubscribe(String stream, String tag, String list) {
        Subscription s = parse(stream, tag, list);
        if (s != null) {
            subscriber.unsubscribe(s);
        }
    }

    /** The subscription named, or null after telling the client what is wrong. */
    private Subscription parse(String stream, String tag, String list) {
        var kind = StreamKind.ofWire(stream == null ? "" : stream);
        if (kind.isEmpty()) {
            subscriber.sendText(StreamFrames.error("Unknown stream type", 400));
            return null;
        }
        try {
            return Subscription.of(kind.get(), tag, list);
        } catch (IllegalArgumentException e) {
            subscriber.sendText(StreamFrames.error(e.getMessage(), 400));
            return null;
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (subscriber != null) {
            subscriber.ended();
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        if (subscriber != null) {
            subscriber.ended();
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void close(Session session, String why) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, why));
        } catch (IOException e) {
            // Already gone.
        }
    }
}
