package dev.kakehashi.it.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load balancer for tests: each HTTP request goes to the next node in turn, as bytes, so the
 * {@code Host} header and signatures arrive as the client sent them (nginx's {@code proxy_set_header
 * Host $host}). One request per client connection ({@code Connection: close}), so a client that
 * keeps connections alive still alternates between nodes. A node that refuses the connection (it
 * died) is skipped, as nginx's {@code proxy_next_upstream error} does. Requests with a body must
 * give its {@code Content-Length}; WebSocket upgrades are not proxied.
 */
final class RoundRobinProxy implements AutoCloseable {
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket server;
    private volatile List<URI> nodes = List.of();
    private final AtomicLong turn = new AtomicLong();
    private final Map<URI, AtomicInteger> served = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "round-robin-proxy");
        t.setDaemon(true);
        return t;
    });

    private RoundRobinProxy(ServerSocket server) {
        this.server = server;
    }

    /**
     * Listens on a free port of 127.0.0.1 (known before the nodes start, since it is their base
     * URL); set the nodes with {@link #balance}.
     */
    static RoundRobinProxy start() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            RoundRobinProxy proxy = new RoundRobinProxy(socket);
            proxy.pool.submit(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** From now on, sends requests to these nodes in turn. */
    void balance(List<String> baseUrls) {
        List<URI> list = baseUrls.stream().map(URI::create).toList();
        list.forEach(n -> served.putIfAbsent(n, new AtomicInteger()));
        nodes = list;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** How many requests the node at {@code baseUrl} answered through this proxy. */
    int served(String baseUrl) {
        return served.get(URI.create(baseUrl)).get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                pool.submit(() -> handle(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            client.setSoTimeout(60_000);
            InputStream in = new java.io.BufferedInputStream(client.getInputStream());
            byte[] head = readHead(in);
            if (head == null) {
                return;
            }
            String text = new String(head, StandardCharsets.ISO_8859_1);
            List<String> lines = new ArrayList<>(List.of(text.split("\r\n")));
            int length = 0;
            StringBuilder forwarded = new StringBuilder(lines.get(0)).append("\r\n");
            for (String line : lines.subList(1, lines.size())) {
                String name =
                        line.substring(0, Math.max(0, line.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                if (name.equals("content-length")) {
                    length = Integer.parseInt(
                            line.substring(line.indexOf(':') + 1).trim());
                }
                if (!name.equals("connection") && !name.equals("keep-alive")) {
                    forwarded.append(line).append("\r\n");
                }
            }
            forwarded.append("Connection: close\r\n\r\n");
            byte[] body = in.readNBytes(length);
            try (Socket node = connectToNext()) {
                OutputStream out = node.getOutputStream();
                out.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                node.getInputStream().transferTo(client.getOutputStream());
            }
        } catch (IOException | RuntimeException e) {
            // the client or the node went away; the client sees its connection close
        }
    }

    private Socket connectToNext() throws IOException {
        List<URI> nodes = this.nodes;
        IOException last = null;
        for (int tries = 0; tries < nodes.size(); tries++) {
            URI node = nodes.get((int) (turn.getAndIncrement() % nodes.size()));
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(node.getHost(), node.getPort()), 2_000);
                socket.setSoTimeout(60_000);
                served.get(node).incrementAndGet();
                return socket;
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last != null ? last : new IOException("no nodes");
    }

    /** The request line and headers up to the blank line, or null if the client sent nothing. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                byte[] all = head.toByteArray();
                return java.util.Arrays.copyOf(all, all.length - 4);
            }
            if (head.size() > MAX_HEAD) {
                throw new IOException("request head too long");
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        pool.shutdownNow();
    }
}
