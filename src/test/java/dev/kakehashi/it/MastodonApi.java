package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client of the Mastodon API for tests: JSON or form bodies, a bearer token, parsed answers. */
public final class MastodonApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, headers and the body parsed as JSON (null when it is not JSON). */
    public record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    /** A registered app's credentials. */
    public record App(String clientId, String clientSecret) {}

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public MastodonApi(KakehashiServer server) {
        this(server.baseUrl());
    }

    /** The API of the Kakehashi at {@code baseUrl} (a stand-alone Tomcat, a proxy before several). */
    public MastodonApi(String baseUrl) {
        this.base = baseUrl;
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer postJson(String path, String token, Object body) {
        try {
            return send(request(path, token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer postForm(String path, String token, Map<String, String> fields) {
        return send(request(path, token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    public Answer method(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder r = request(path, token);
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return send(r.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Answer(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return r;
    }

    /** Registers an app with these scopes and redirect URI; fails the test if refused. */
    public App register(String name, String scopes, String redirectUri) {
        Answer a = postJson(
                "/api/v1/apps", null, Map.of("client_name", name, "redirect_uris", redirectUri, "scopes", scopes));
        if (a.status() != 200) {
            throw new AssertionError(
                    "App registration failed: " + a.status() + " " + a.raw().body());
        }
        return new App(
                a.json().get("client_id").asText(),
                a.json().get("client_secret").asText());
    }

    /** The password grant's answer as it comes, refused or not; without a scope when {@code scope} is null. */
    public Answer passwordGrant(App app, String username, String password, String scope) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of(
                "grant_type",
                "password",
                "client_id",
                app.clientId(),
                "client_secret",
                app.clientSecret(),
                "username",
                username,
                "password",
                password));
        if (scope != null) {
            fields.put("scope", scope);
        }
        return postForm("/oauth/token", null, fields);
    }

    /** A token by the password grant; fails the test if refused. */
    public String passwordToken(App app, String username, String password, String scope) {
        Answer a = passwordGrant(app, username, password, scope);
        if (a.status() != 200) {
            throw new AssertionError(
                    "Password grant failed: " + a.status() + " " + a.raw().body());
        }
        return a.json().get("access_token").asText();
    }

    /** The consent page's URL for {@code app}; {@code extra} ("&state=...") is appended as is. */
    public static String authorizeUrl(App app, String redirect, String scope, String extra) {
        return "/oauth/authorize?response_type=code&client_id=" + enc(app.clientId()) + "&redirect_uri=" + enc(redirect)
                + "&scope=" + enc(scope) + extra;
    }

    /** Opens the consent page as the signed-in {@code browser} and presses a button; answers the redirect. */
    public static WebClient.Page decide(WebClient browser, String url, String decision) {
        WebClient.Page consent = browser.get(url);
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        consent.html()
                .select("form[action=\"/oauth/authorize\"] input[type=hidden]")
                .forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put("decision", decision);
        return browser.postForm("/oauth/authorize", fields);
    }

    /** The consent round trip: the signed-in {@code browser} authorizes {@code app}; answers the code. */
    public static String authorizedCode(WebClient browser, App app, String redirect, String scope, String extra) {
        return query(decide(browser, authorizeUrl(app, redirect, scope, extra), "authorize")
                        .header("Location"))
                .get("code");
    }

    /** The decoded query parameters of a redirect's {@code Location}. */
    public static Map<String, String> query(String location) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = URI.create(location).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    /** Trades an authorization code for a token ({@code verifier} null for no PKCE). */
    public Answer exchange(App app, String code, String redirect, String verifier) {
        Map<String, String> f = new LinkedHashMap<>(Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                app.clientId(),
                "client_secret",
                app.clientSecret(),
                "code",
                code,
                "redirect_uri",
                redirect));
        if (verifier != null) {
            f.put("code_verifier", verifier);
        }
        return postForm("/oauth/token", null, f);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
