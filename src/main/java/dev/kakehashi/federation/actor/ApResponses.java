package dev.kakehashi.federation.actor;

import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.core.Response;

/** ActivityStreams answers: the JSON as peers expect it, always keyed on Accept for caches. */
public final class ApResponses {
    /** What AP resource methods produce; lower qs than HTML, so a browser's {@code *}{@code /*} gets HTML. */
    public static final String ACTIVITY_JSON = "application/activity+json; qs=0.9";

    public static final String LD_JSON = "application/ld+json; qs=0.9";

    /**
     * A document the same for every requester, signed or not: a shared cache (and Kakehashi's own
     * page cache) may keep it for 30 s, others revalidate (a 304 when unchanged). Anything that
     * depends on who signed says {@code private} instead.
     */
    public static final String PUBLIC = "public, max-age=0, s-maxage=30";

    private ApResponses() {}

    public static Response json(int status, Object document) {
        return Response.status(status)
                .type(ApJson.MEDIA_TYPE + "; charset=utf-8")
                .header("Vary", "Accept")
                .entity(ApJson.write(document))
                .build();
    }

    public static Response json(Object document) {
        return json(200, document);
    }

    /** {@link #json(int, Object)} for a document everyone is shown alike, marked {@link #PUBLIC}. */
    public static Response publicJson(int status, Object document) {
        return Response.fromResponse(json(status, document))
                .header("Cache-Control", PUBLIC)
                .build();
    }

    public static Response publicJson(Object document) {
        return publicJson(200, document);
    }

    /**
     * The {@code page} query parameter of a collection: absent means the collection itself; Mastodon's
     * own links use {@code ?page=true} for the first page, numbers for the rest.
     *
     * @throws ServiceException 400 when it is neither
     */
    public static Integer page(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if ("true".equals(raw)) {
            return 1;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new ServiceException(400, "page must be a number");
        }
    }
}
