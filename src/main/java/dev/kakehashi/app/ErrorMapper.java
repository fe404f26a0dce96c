package dev.kakehashi.app;

import dev.kakehashi.admin.AdminRenderer;
import dev.kakehashi.admin.Auth;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.service.error.OverloadedException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.ConnectionLoss;
import dev.kakehashi.web.PageRenderer;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.glassfish.jersey.server.ContainerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become answers: the right status, a safe message, in the caller's format
 * ({@code {"error": ...}} under {@code /api}, for the admin's image uploads and for JSON clients, the admin's page under {@code
 * /admin}, a themed page elsewhere). Unexpected failures are logged once and never show a trace.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);

    private final PageRenderer pages;
    private final AdminRenderer admin;

    /** A provider, not a proxy: proxies of container classes fail across Tomcat's class loaders. */
    @Context
    private Provider<ContainerRequest> current;

    public ErrorMapper(PageRenderer pages, AdminRenderer admin) {
        this.pages = pages;
        this.admin = admin;
    }

    @Override
    public Response toResponse(Throwable e) {
        ContainerRequest request = current == null ? null : current.get();
        if (!(e instanceof ServiceException) && ConnectionLoss.is(e)) {
            // The database restarted or cannot be reached: nothing was written, try again later.
            log.warn(
                    "Database connection lost on {} {}: {}",
                    request == null ? "?" : request.getMethod(),
                    request == null ? "?" : request.getRequestUri(),
                    e.toString());
            e = new OverloadedException("The database cannot be reached right now. Please try again in a moment.", 5);
        }
        int status;
        String message;
        if (e instanceof ServiceException se) {
            status = se.status();
            message = se.getMessage();
        } else if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Response r = wae.getResponse();
            status = r.getStatus();
            message = switch (status) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept " + (request == null ? "this" : request.getMethod()) + ".";
                case 406 -> "This address cannot answer in the format asked for.";
                case 415 -> "This address does not accept that kind of content.";
                default -> r.getStatusInfo().getReasonPhrase();
            };
            if (status == 405 && isMastodonApi(request)) {
                // JSON like every API answer (B0.1), with Jersey's Allow header kept.
                return Response.fromResponse(r)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", message))
                        .build();
            }
            if (status == 405 || (status >= 300 && status < 400)) {
                return r;
            }
        } else {
            status = 500;
            message = "Something went wrong on our side. It was logged; please try again later.";
            log.error(
                    "Unexpected failure on {} {}",
                    request == null ? "?" : request.getMethod(),
                    request == null ? "?" : request.getRequestUri(),
                    e);
        }
        try {
            Response answer = isMastodonApi(request)
                    ? MastodonErrors.answer(e, status, message)
                    : render(request, status, message);
            return e instanceof OverloadedException busy ? withRetryAfter(answer, busy) : answer;
        } catch (RuntimeException renderFailure) {
            log.error("Rendering the error page failed too", renderFailure);
            return Response.status(status)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity(message)
                    .build();
        }
    }

    private static Response withRetryAfter(Response answer, OverloadedException busy) {
        return Response.fromResponse(answer)
                .header("Retry-After", busy.retryAfterSeconds())
                .build();
    }

    private Response render(ContainerRequest request, int status, String message) {
        String path = request == null ? "" : request.getUriInfo().getPath();
        if (path.startsWith("api/")
                || path.startsWith("oauth/")
                || isMediaUpload(request, path)
                || wantsJson(request)) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", message))
                    .build();
        }
        if (path.startsWith("admin") || path.equals("login") || path.equals("setup")) {
            return admin.render(
                    status,
                    "error",
                    status == 404 ? "Not found" : "Error",
                    Auth.optional(request).orElse(null),
                    Map.of("message", message));
        }
        return pages.error(status, message);
    }

    /** The Mastodon API and the OAuth endpoints answer in Mastodon's words (not the HTML pages of /oauth/authorize). */
    private static boolean isMastodonApi(ContainerRequest request) {
        if (request == null) {
            return false;
        }
        String path = request.getUriInfo().getPath();
        return path.startsWith("api/")
                || path.startsWith(".well-known/oauth-authorization-server")
                || (path.startsWith("oauth/") && !path.startsWith("oauth/authorize"));
    }

    /** The compose page's uploads read JSON whatever their Accept header says. */
    private static boolean isMediaUpload(ContainerRequest request, String path) {
        return path.startsWith("admin/media") && request != null && "POST".equals(request.getMethod());
    }

    private static boolean wantsJson(ContainerRequest request) {
        if (request == null) {
            return false;
        }
        String accept = request.getHeaderString("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
