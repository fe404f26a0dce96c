package dev.kakehashi.it.signin;

import dev.kakehashi.it.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP/1.1 client that connects from a chosen loopback address (127.0.0.2, 127.0.1.7...),
 * so one test can act as several clients the server tells apart by address. Java 17's HttpClient
 * cannot bind a local address. One request per connection; keeps cookies like a browser.
 */
final class LoopbackClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final String host;
    private final int port;
    private final InetAddress from;
    private final int timeoutMillis;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    LoopbackClient(String baseUrl, String fromAddress, int timeoutMillis) {
        URI base = URI.create(baseUrl);
        this.host = base.getHost();
        this.port = base.getPort();
        this.timeoutMillis = timeoutMillis;
        try {
            this.from = InetAddress.getByName(fromAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a cookie this client holds (set by an answer or by hand), or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    /** Sends this cookie from now on (as if a page had set it). */
    LoopbackClient withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** Status line code, headers (lower-case names, last value wins) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No CSRF field in:\n" + body);
            }
            return m.group(1);
        }
    }

    Answer get(String path) {
        return exchange("GET", path, null);
    }

    Answer postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return exchange("POST", path, body);
    }

    /** Fetches the login form for its token, then logs in. */
    Answer logIn(String username, String password) {
        String token = get("/login").csrf();
        return postForm("/login", WebClient.form("username", username, "password", password, "_csrf", token));
    }

    private Answer exchange(String method, String path, String body) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder()
                    .append(method + " " + path + " HTTP/1.1\r\n")
                    .append("Host: " + host + ":" + port + "\r\n")
                    .append("Accept: text/html\r\n")
                    .append("Connection: close\r\n");
            if (!cookies.isEmpty()) {
                head.append("Cookie: ")
                        .append(cookies.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")))
                        .append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: " + content.length + "\r\n");
            }
            OutputStream out = s.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.UTF_8);
        int split = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, split < 0 ? raw.length() : split).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            headers.put(name, value);
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        String body = split < 0 ? "" : raw.substring(split + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        while (at < latin.length()) {
            int eol = latin.indexOf("\r\n", at);
            int size = Integer.parseInt(latin.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(latin, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
