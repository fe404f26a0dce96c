package dev.kakehashi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What a fediverse server does when it looks at Kakehashi: ActivityStreams GETs and WebFinger. */
public final class ApJsonClient {
    public static final String AP = "application/activity+json";
    public static final String LD = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KakehashiServer server;
    private final WebClient web;

    public ApJsonClient(KakehashiServer server) {
        this.server = server;
        this.web = new WebClient(server);
    }

    /** The acct: domain: host and port, as a peer sees them. */
    public String authority() {
        return server.baseUrl().replaceFirst("^https?://", "");
    }

    public WebClient.Page get(String pathOrUrl) {
        return web.get(path(pathOrUrl), AP);
    }

    public JsonNode json(String pathOrUrl) {
        WebClient.Page page = get(pathOrUrl);
        if (page.status() != 200) {
            throw new AssertionError("GET " + pathOrUrl + " answered " + page.status() + "\n" + page.body());
        }
        return parse(page.body());
    }

    public WebClient.Page webfinger(String resource) {
        return web.get(
                "/.well-known/webfinger?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8),
                "application/jrd+json");
    }

    public String path(String pathOrUrl) {
        return pathOrUrl.startsWith(server.baseUrl())
                ? pathOrUrl.substring(server.baseUrl().length())
                : pathOrUrl;
    }

    public static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
