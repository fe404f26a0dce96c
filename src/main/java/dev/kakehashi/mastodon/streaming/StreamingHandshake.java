package dev.kakehashi.mastodon.streaming;

import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * The endpoint's handshake: one {@link StreamingEndpoint} per connection, built here (no CDI), and
 * the offered sub-protocol echoed back, because masto.js sends the token as the
 * {@code Sec-WebSocket-Protocol} and browsers close a socket whose offered protocol is not echoed.
 */
public final class StreamingHandshake extends ServerEndpointConfig.Configurator {
    public static final String PATH = "/api/v1/streaming";
    /** The longest message a client may send (a subscribe message is well under 200 characters). */
    public static final int MAX_MESSAGE_CHARS = 1024;

    private final StreamHub hub;

    public StreamingHandshake(StreamHub hub) {
        this.hub = hub;
    }

    /** The endpoint's configuration, to add to the container's {@code ServerContainer}. */
    public ServerEndpointConfig config() {
        return ServerEndpointConfig.Builder.create(StreamingEndpoint.class, PATH)
                .configurator(this)
                .build();
    }

    @Override
    public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
        return requested.isEmpty() ? "" : requested.get(0);
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new StreamingEndpoint(hub));
    }
}
