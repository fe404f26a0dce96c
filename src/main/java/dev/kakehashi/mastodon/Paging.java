package dev.kakehashi.mastodon;

import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mastodon's paging parameters ({@code max_id}, {@code since_id}, {@code min_id}, {@code limit})
 * and the {@code Link} header that pages on (INTEROP B0.6): {@code next} first, with {@code
 * max_id=} the oldest id shown; {@code prev} with {@code min_id=} the newest; every other query
 * parameter kept. Links are minted from the public base URL, never from the request's host.
 *
 * @param maxId only ids below it (older)
 * @param sinceId only ids above it, newest first
 * @param minId only ids above it, the page just above it (oldest first, shown newest first)
 */
public record Paging(Long maxId, Long sinceId, Long minId, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 40;
    private static final Set<String> CURSORS = Set.of("max_id", "since_id", "min_id");

    /** Statuses' paging: 20 by default, at most 40. */
    public static Paging from(UriInfo uri) {
        return from(uri, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /**
     * @throws InvalidInputException 422 for an id or limit that is not a number
     */
    public static Paging from(UriInfo uri, int defaultLimit, int maxLimit) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        Long limit = id(q, "limit");
        int l = limit == null ? defaultLimit : (int) Math.max(1, Math.min(maxLimit, limit));
        return new Paging(id(q, "max_id"), id(q, "since_id"), id(q, "min_id"), l);
    }

    /** Whether the page is read upwards from {@code min_id} (the caller sorts oldest first, then reverses). */
    public boolean ascending() {
        return minId != null && maxId == null && sinceId == null;
    }

    /**
     * The {@code Link} header for a page whose ids (newest first) are {@code ids}: {@code next} only
     * when the page is full, {@code prev} whenever it has anything; empty for an empty page.
     *
     * @param base the public origin ({@code https://blog.example})
     */
    public Optional<String> link(String base, UriInfo uri, List<String> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder link = new StringBuilder();
        if (ids.size() >= limit) {
            link.append('<')
                    .append(url(base, uri, "max_id", ids.get(ids.size() - 1)))
                    .append(">; rel=\"next\", ");
        }
        link.append('<').append(url(base, uri, "min_id", ids.get(0))).append(">; rel=\"prev\"");
        return Optional.of(link.toString());
    }

    /** {@code answer} with the {@code Link} header for {@code ids}, if there is one. */
    public Response.ResponseBuilder withLink(
            Response.ResponseBuilder answer, String base, UriInfo uri, List<String> ids) {
        link(base, uri, ids).ifPresent(l -> answer.header("Link", l));
        return answer;
    }

    private static String url(String base, UriInfo uri, String cursor, String id) {
        UriBuilder b = UriBuilder.fromUri(base).path(uri.getPath());
        uri.getQueryParameters().forEach((name, values) -> {
            if (!CURSORS.contains(name)) {
                values.forEach(v -> b.queryParam(name, escapeBraces(v)));
            }
        });
        b.queryParam(cursor, id);
        return b.build().toString();
    }

    /** UriBuilder reads braces as templates; a value may hold them. */
    private static String escapeBraces(String v) {
        return v.replace("{", "%7B").replace("}", "%7D");
    }

    private static Long id(MultivaluedMap<String, String> q, String name) {
        String v = q.getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, name + " must be a number");
        }
    }
}
