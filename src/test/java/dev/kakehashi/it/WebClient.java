package dev.kakehashi.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A cookie-keeping HTTP client that behaves like a browser without JavaScript: it does not follow
 * redirects by itself, so tests can assert on them, and it reads CSRF tokens out of forms.
 */
public final class WebClient {
    private final KakehashiServer server;
    private final String baseUrl;
    private final HttpClient http;
    private String userAgent;

    public WebClient(KakehashiServer server) {
        this(server, server.baseUrl());
    }

    /** A client for a Kakehashi started some other way (a stand-alone Tomcat), at this origin. */
    public WebClient(String baseUrl) {
        this(null, baseUrl);
    }

    private WebClient(KakehashiServer server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** What came back: status, headers, body, and the body parsed as HTML. */
    public record Page(int status, Map<String, java.util.List<String>> headers, String body) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        /** The value of the hidden {@code _csrf} field of the first form that has one. */
        public String csrf() {
            var input = html().selectFirst("input[name=_csrf]");
            if (input == null) {
                throw new AssertionError("No CSRF field on the page:\n" + body);
            }
            return input.val();
        }
    }

    public Page get(String path) {
        return send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    /** A GET whose answer is kept as bytes (a zip, an image), for a signed-in download. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    public Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST; values are Strings or {@link FilePart}s. */
    public Page postMultipart(String path, Map<String, Object> parts) {
        MultipartBody body = MultipartBody.of(parts);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", body.contentType())
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** A file in a multipart form. */
    public record FilePart(String fileName, String contentType, byte[] bytes) {}

    /** Sends this User-Agent from now on, as a particular browser would. */
    public WebClient userAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    public Page send(HttpRequest.Builder request) {
        if (userAgent != null) {
            request.setHeader("User-Agent", userAgent);
        }
        try {
            HttpResponse<String> r = http.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    /** Runs the first-run set-up, which signs that admin in. */
    public WebClient setUpAndLogIn(String title, String username, String password) {
        Page setup = postForm(
                "/setup",
                form("title", title, "username", username, "email", username + "@example.com", "password", password));
        if (setup.status() != 303) {
            throw new AssertionError("Set-up failed: " + setup.status() + "\n" + setup.body());
        }
        // Set-up ends with the new administrator signed in.
        if (get("/admin").status() != 200) {
            throw new AssertionError("Set-up did not sign the administrator in");
        }
        return this;
    }

    public WebClient logIn(String username, String password) {
        Page login = postLogin(form("username", username, "password", password));
        if (login.status() != 303) {
            throw new AssertionError("Login failed: " + login.status() + "\n" + login.body());
        }
        return this;
    }

    /** Submits the login form as a browser does: fetches it first for its CSRF cookie and field. */
    public Page postLogin(Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", get("/login").csrf());
        return postForm("/login", withToken);
    }

    /**
     * Submits the admin's compose form (kind "article" or "note") with the given fields and
     * action ("publish", "draft", "schedule"); returns the new post's id.
     */
    public String compose(String kind, String action, String... fields) {
        Page compose = get("/admin/posts/new" + (kind.equals("note") ? "?kind=note" : ""));
        Map<String, String> f = form(fields);
        f.put("_csrf", compose.csrf());
        f.put("kind", kind);
        f.put("action", action);
        Page saved = postForm("/admin/posts", f);
        if (saved.status() != 303) {
            throw new AssertionError("Compose failed: " + saved.status() + "\n" + saved.body());
        }
        String location = saved.header("Location");
        return location.replaceAll(".*/admin/posts/(\\d+)/edit.*", "$1");
    }

    public static Map<String, String> form(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
