package dev.kakehashi.mastodon;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OAuthException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.error.UnprocessableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors under {@code /api/} and {@code /oauth/} in Mastodon's shape and words (INTEROP B0.2):
 * {@code {"error": "..."}} as JSON; 404 {@code Record not found}, 422 {@code Validation failed:
 * ...}, 429 {@code Too many requests}; OAuth errors as {@code {"error": code, "error_description":
 * ...}}. The app's ErrorMapper hands these paths here.
 */
public final class MastodonErrors {
    public static final String NOT_FOUND = "Record not found";
    public static final String TOO_MANY = "Too many requests";

    private MastodonErrors() {}

    /** The answer to a failure of a service or of Jersey (status and its safe message). */
    public static Response answer(Throwable e, int status, String message) {
        if (e instanceof OAuthException oauth) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", oauth.code());
            body.put("error_description", oauth.getMessage());
            return json(status, body);
        }
        String text =
                switch (status) {
                    case 404 -> NOT_FOUND;
                    case 429 -> TOO_MANY;
                    case 422 -> validationFailed(e, message);
                    default -> message;
                };
        return error(status, text);
    }

    /** {@code {"error": message}} with {@code status}. */
    public static Response error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    private static String validationFailed(Throwable e, String message) {
        if (e instanceof UnprocessableException) {
            return message;
        }
        if (e instanceof InvalidInputException invalid) {
            return "Validation failed: "
                    + String.join(", ", invalid.fieldErrors().values());
        }
        return message.startsWith("Validation failed") ? message : "Validation failed: " + message;
    }

    private static Response json(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    /** 404 as Mastodon words it, for resources that look a record up. */
    public static ServiceException notFound() {
        return new ServiceException(404, NOT_FOUND);
    }
}
