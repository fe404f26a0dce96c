package dev.kakehashi.mastodon.streaming;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The server-sent events variant (INTEROP B11.2), {@code /api/v1/streaming/user}, {@code /public/local},
 * {@code /hashtag?tag=}...: {@code text/event-stream}, opened with {@code :)}, asynchronous (no
 * thread held per connection), and {@code /health} answering {@code OK}. The caller was
 * authenticated by {@link StreamingAuthFilter}.
 */
public final class StreamingSseServlet extends HttpServlet {
    /** Writes to event-stream clients; small, because writes are short and rare. */
    static final int WRITERS = 2;

    private final StreamHub hub;
    private final ExecutorService writers =
            Executors.newFixedThreadPool(WRITERS, StreamHub.daemon("kakehashi-sse-write"));

    public StreamingSseServlet(StreamHub hub) {
        this.hub = hub;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/+|/+$", "");
        if (path.equals("health")) {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("OK");
            return;
        }
        if (!(request.getUserPrincipal() instanceof StreamingCaller caller)) {
            error(response, 401, "Missing access token");
            return;
        }
        var kind = StreamKind.ofSsePath(path, "true".equals(request.getParameter("only_media")));
        if (kind.isEmpty()) {
            error(response, 404, "Unknown stream type");
            return;
        }
        Subscription subscription;
        try {
            subscription = Subscription.of(kind.get(), request.getParameter("tag"), request.getParameter("list"));
        } catch (IllegalArgumentException e) {
            error(response, 400, e.getMessage());
            return;
        }
        String refusal = hub.refusal(caller, subscription);
        if (refusal != null) {
            error(response, 401, refusal);
            return;
        }
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        SseSubscriber subscriber = new SseSubscriber(async, caller, subscription, hub, writers);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                subscriber.ended();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                subscriber.close();
            }

            @Override
            public void onError(AsyncEvent event) {
                subscriber.close();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {}
        });
        hub.add(subscriber);
        subscriber.write(":)\n");
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream()
                .write(StreamFrames.write(java.util.Map.of("error", message)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        writers.shutdownNow();
    }
}
