package dev.kakehashi.federation.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake ActivityPub server on 127.0.0.1 for tests: serves fixtures from {@code
 * fixtures/remote/<host>/...} with their host rewritten to this server's origin, and records every
 * request it gets.
 */
public final class FakeRemote implements AutoCloseable {
    public static final String ACTIVITY_JSON = "application/activity+json; charset=utf-8";

    /** A request as the fake remote saw it. */
    public record Recorded(String method, String pathAndQuery, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private FakeRemote(HttpServer server) {
        this.server = server;
    }

    public static FakeRemote start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeRemote fake = new FakeRemote(server);
            server.createContext("/", fake::dispatch);
            server.setExecutor(fake.executor);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code 127.0.0.1:<port>}, the authority handles on this server use. */
    public String authority() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public URI uri(String pathAndQuery) {
        return URI.create(origin() + pathAndQuery);
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Answers {@code pathAndQuery} (or just the path, for any query) with {@code handler}. */
    public FakeRemote handle(String pathAndQuery, HttpHandler handler) {
        routes.put(pathAndQuery, handler);
        return this;
    }

    public FakeRemote serve(String pathAndQuery, int status, String contentType, String body) {
        return handle(pathAndQuery, ex -> respond(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Serves {@code fixtures/remote/<fixture>} at {@code pathAndQuery}, with {@code https://<host>}
     * (the fixture's first folder) replaced by this server's origin, so ids match where it is served.
     */
    public FakeRemote serveFixture(String fixture, String pathAndQuery, String contentType) {
        return serve(pathAndQuery, 200, contentType, fixture(fixture));
    }

    public FakeRemote serveFixture(String fixture, String pathAndQuery) {
        return serveFixture(fixture, pathAndQuery, ACTIVITY_JSON);
    }

    /** A fixture's text with its host rewritten to this server's origin. */
    public String fixture(String fixture) {
        String host = fixture.substring(0, fixture.indexOf('/'));
        return read(fixture).replace("https://" + host, origin());
    }

    public FakeRemote redirect(String from, int status, String location) {
        return handle(from, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
    }

    /** The raw text of a fixture, as checked in. */
    public static String read(String fixture) {
        try (InputStream in = FakeRemote.class.getResourceAsStream("/fixtures/remote/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        URI u = ex.getRequestURI();
        String path = u.getRawPath();
        String full = u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
        requests.add(new Recorded(ex.getRequestMethod(), full, Map.copyOf(ex.getRequestHeaders())));
        HttpHandler handler = routes.getOrDefault(full, routes.get(path));
        try {
            if (handler == null) {
                respond(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(ex);
            }
        } catch (IOException e) {
            // The client hung up (size or time limit): nothing more to do.
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
