package dev.kakehashi.app;

import dev.kakehashi.mastodon.streaming.StreamContent;
import dev.kakehashi.mastodon.streaming.StreamHub;
import dev.kakehashi.mastodon.streaming.StreamingAuthFilter;
import dev.kakehashi.mastodon.streaming.StreamingHandshake;
import dev.kakehashi.mastodon.streaming.StreamingSseServlet;
import dev.kakehashi.service.HomeAudience;
import dev.kakehashi.service.StreamEvents;
import dev.kakehashi.service.oauth.OAuthGrants;
import dev.kakehashi.store.HomeAudienceRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemoteMediaRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.stream.StreamBus;
import jakarta.servlet.ServletContext;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming API: the bus (PostgreSQL {@code LISTEN/NOTIFY}, or in-process on H2), the domain
 * events it carries, this node's hub, the WebSocket endpoint registered with the container's own
 * {@link ServerContainer}, the server-sent events servlet and the token filter before both.
 */
record StreamingWiring(StreamBus bus, StreamHub hub) implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamingWiring.class);

    static StreamingWiring install(Core core, OAuthGrants grants, StreamContent content) {
        StreamBus bus = core.bus();
        StreamHub hub = new StreamHub(content);
        bus.listen(hub::onEvent);
        var audience = new HomeAudience(
                core.tx(), new HomeAudienceRepository(core.tx()), new RemoteBoostRepository(core.tx()), core.clock());
        new StreamEvents(
                        core.tx(),
                        core.postRepo(),
                        audience,
                        new RemotePostRepository(core.tx()),
                        new RemoteMediaRepository(core.tx()),
                        bus)
                .subscribeTo(core.events());

        ServletContext ctx = core.ctx();
        var filter = ctx.addFilter("mastodon-streaming-auth", new StreamingAuthFilter(grants));
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(null, false, StreamingHandshake.PATH, StreamingHandshake.PATH + "/*");
        var sse = ctx.addServlet("mastodon-streaming-sse", new StreamingSseServlet(hub));
        sse.setAsyncSupported(true);
        sse.addMapping(StreamingHandshake.PATH + "/*");
        if (ctx.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            // Clients send only short subscribe messages: small per-session buffers instead of
            // Tomcat's 8 K characters and 8 KiB, so an idle connection costs less heap.
            container.setDefaultMaxTextMessageBufferSize(StreamingHandshake.MAX_MESSAGE_CHARS);
            container.setDefaultMaxBinaryMessageBufferSize(StreamingHandshake.MAX_MESSAGE_CHARS);
            try {
                container.addEndpoint(new StreamingHandshake(hub).config());
            } catch (DeploymentException e) {
                throw new IllegalStateException("The streaming WebSocket endpoint cannot start: " + e.getMessage(), e);
            }
        } else {
            log.warn("This container offers no WebSocket support: streaming is served as server-sent events only");
        }
        bus.start();
        return new StreamingWiring(bus, hub);
    }

    @Override
    public void close() {
        hub.close();
        bus.close();
    }
}
