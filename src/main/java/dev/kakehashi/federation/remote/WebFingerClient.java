package dev.kakehashi.federation.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks up {@code acct:user@host} with WebFinger, through the {@link RemoteFetcher} so the same
 * SSRF guard, size and time limits apply. Not signed: no server asks for a signature on WebFinger.
 */
public final class WebFingerClient {
    private static final Pattern HANDLE =
            Pattern.compile("^@?([A-Za-z0-9_.\\-~]+)@([A-Za-z0-9.\\-]+(?::[0-9]{1,5})?)$");

    private final RemoteFetcher fetcher;

    public WebFingerClient(RemoteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** A parsed {@code user@host} handle; {@code host} may carry a port. */
    public record Handle(String user, String host) {
        public String acct() {
            return "acct:" + user + "@" + host;
        }
    }

    /** Reads {@code @user@host} or {@code user@host}; empty when it is not a handle. */
    public static java.util.Optional<Handle> parseHandle(String text) {
        Matcher m = HANDLE.matcher(text == null ? "" : text.strip());
        return m.matches()
                ? java.util.Optional.of(new Handle(m.group(1), m.group(2).toLowerCase(Locale.ROOT)))
                : java.util.Optional.empty();
    }

    /**
     * Fetches the JRD of {@code handle} from its host, over https (plain http only where the guard
     * allows private networks, for tests).
     *
     * @throws RemoteFetchException when the host cannot be reached or answers something else than
     *     a JRD
     */
    public WebFingerResult lookup(Handle handle) {
        String scheme = fetcher.guard().allowsPlainHttp() ? "http" : "https";
        URI uri;
        try {
            uri = new URI(scheme + "://" + handle.host() + "/.well-known/webfinger?resource=" + handle.acct());
        } catch (URISyntaxException e) {
            throw new RemoteFetchException(Reason.BLOCKED, URI.create("about:blank"), "not a valid host");
        }
        RemoteFetcher.Fetched fetched = fetcher.get(uri, "application/jrd+json, application/json", false);
        String mime = RemoteFetcher.mimeType(fetched.contentType());
        if (!mime.equals("application/jrd+json") && !mime.equals("application/json")) {
            throw new RemoteFetchException(Reason.WRONG_CONTENT_TYPE, uri, "not a JRD: " + fetched.contentType());
        }
        return toJrd(uri, RemoteFetcher.parse(uri, fetched.body()));
    }

    static WebFingerResult toJrd(URI uri, JsonNode json) {
        String subject = json.path("subject").asText("");
        if (subject.isEmpty()) {
            throw new RemoteFetchException(Reason.INVALID_DOCUMENT, uri, "the JRD has no subject");
        }
        List<String> aliases = new ArrayList<>();
        json.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<WebFingerResult.Link> links = new ArrayList<>();
        for (JsonNode l : json.path("links")) {
            links.add(new WebFingerResult.Link(text(l, "rel"), text(l, "type"), text(l, "href"), text(l, "template")));
        }
        return new WebFingerResult(subject, List.copyOf(aliases), List.copyOf(links));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
