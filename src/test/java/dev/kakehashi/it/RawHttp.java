package dev.kakehashi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request written byte for byte, for what {@link java.net.URI} and the JDK's client refuse to
 * send (a bare {@code %}, odd methods): the answer as a {@link WebClient.Page}.
 */
public final class RawHttp {
    private RawHttp() {}

    public static WebClient.Page send(
            String baseUrl, String method, String target, Map<String, String> headers, byte[] body) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            head.append("Host: ").append(base.getAuthority()).append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            var out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer (413, 400) and close before the whole body is sent: read that.
            }
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code requestLine} as it is (a malformed one, say), a Host header, and reads the answer. */
    public static WebClient.Page sendLine(String baseUrl, String requestLine) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String head = requestLine + "\r\nHost: " + base.getAuthority() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebClient.Page parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? raw : raw.substring(0, end)).split("\r\n");
        int status = lines.length > 0 && lines[0].length() >= 12 ? Integer.parseInt(lines[0].substring(9, 12)) : -1;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        String body = end < 0 ? "" : raw.substring(end + 4);
        return new WebClient.Page(status, headers, body);
    }
}
