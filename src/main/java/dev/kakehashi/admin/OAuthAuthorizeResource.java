package dev.kakehashi.admin;

import dev.kakehashi.domain.OAuthApp;
import dev.kakehashi.service.AuthService;
import dev.kakehashi.service.AuthService.SignedIn;
import dev.kakehashi.service.error.OAuthException;
import dev.kakehashi.service.oauth.OAuthApps;
import dev.kakehashi.service.oauth.OAuthGrants;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The OAuth consent of the Mastodon API (INTEROP B2.2): {@code GET /oauth/authorize} sends a
 * visitor to the admin's login form and back, then asks the author to <b>Authorize</b> or
 * <b>Deny</b> the app's scopes; the answer (a CSRF-checked form) sends a code to the app's
 * redirect URI, or shows it at {@code /oauth/authorize/native?code=} for the out-of-band URI.
 * Requests that name no known app or a redirect URI it did not register get an error page, never
 * a redirect.
 */
@Path("/oauth/authorize")
public final class OAuthAuthorizeResource {
    private final OAuthApps apps;
    private final OAuthGrants grants;
    private final AuthService auth;
    private final AdminRenderer renderer;
    private final boolean secureCookies;

    public OAuthAuthorizeResource(
            OAuthApps apps, OAuthGrants grants, AuthService auth, AdminRenderer renderer, boolean secureCookies) {
        this.apps = apps;
        this.grants = grants;
        this.auth = auth;
        this.renderer = renderer;
        this.secureCookies = secureCookies;
    }

    /** A checked authorization request. */
    private record Ask(
            OAuthApp app, String redirectUri, Set<String> scopes, String state, String challenge, String method) {}

    @GET
    @Produces("text/html")
    public Response ask(
            @QueryParam("response_type") String responseType,
            @QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("scope") String scope,
            @QueryParam("state") String state,
            @QueryParam("code_challenge") String challenge,
            @QueryParam("code_challenge_method") String method,
            @QueryParam("force_login") String forceLogin,
            @Context UriInfo uri,
            @Context ContainerRequestContext request) {
        Object checked = check(clientId, redirectUri);
        if (checked instanceof Response page) {
            return page;
        }
        OAuthApp app = (OAuthApp) checked;
        String redirect = redirectOf(app, redirectUri);
        if (!"code".equals(responseType)) {
            return refuse(redirect, "unsupported_response_type", state);
        }
        Ask ask;
        try {
            ask = new Ask(
                    app,
                    redirect,
                    OAuthGrants.grantable(app, scope),
                    state,
                    challenge,
                    OAuthGrants.challengeMethod(challenge, method));
        } catch (OAuthException e) {
            return refuse(redirect, e.code(), state);
        }
        var who = Auth.optional(request);
        boolean force = "true".equalsIgnoreCase(forceLogin) || "1".equals(forceLogin);
        if (who.isEmpty() || force) {
            return toLogin(uri, who.orElse(null));
        }
        return consent(who.get(), ask);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response decide(
            @FormParam("client_id") String clientId,
            @FormParam("redirect_uri") String redirectUri,
            @FormParam("scope") String scope,
            @FormParam("state") String state,
            @FormParam("code_challenge") String challenge,
            @FormParam("code_challenge_method") String method,
            @FormParam("decision") String decision,
            @Context ContainerRequestContext request) {
        var who = Auth.optional(request);
        if (who.isEmpty()) {
            return error(401, "Your session has ended. Go back to the app and sign in again.");
        }
        if (!CsrfCheck.matches(request, who.get())) {
            return error(403, "The form has expired or did not come from this site. Go back to the app and try again.");
        }
        Object checked = check(clientId, redirectUri);
        if (checked instanceof Response page) {
            return page;
        }
        OAuthApp app = (OAuthApp) checked;
        if (!"authorize".equals(decision)) {
            return refuse(redirectUri, "access_denied", state);
        }
        String code;
        try {
            Set<String> scopes = OAuthGrants.grantable(app, scope);
            code = grants.issueCode(app, who.get().accountId(), redirectUri, scopes, challenge, method);
        } catch (OAuthException e) {
            return refuse(redirectUri, e.code(), state);
        }
        if (OAuthApp.OOB.equals(redirectUri)) {
            return Response.seeOther(UriBuilder.fromUri("/oauth/authorize/native")
                            .queryParam("code", code)
                            .build())
                    .build();
        }
        return Response.status(302)
                .location(withParams(redirectUri, "code", code, state))
                .build();
    }

    @GET
    @Path("native")
    @Produces("text/html")
    public Response showCode(@QueryParam("code") String code, @Context ContainerRequestContext request) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,100}")) {
            return error(400, "There is no code at this address.");
        }
        return renderer.render(
                200,
                "oauth-native",
                "Authorization code",
                Auth.optional(request).orElse(null),
                Map.of("code", code));
    }

    /** The app, or the error page for an unknown app or an unregistered redirect URI. */
    private Object check(String clientId, String redirectUri) {
        var app = apps.byClientId(clientId);
        if (app.isEmpty()) {
            return error(400, "The app is unknown here (client_id). Register it first.");
        }
        String redirect = redirectOf(app.get(), redirectUri);
        if (redirect == null || !app.get().redirectUris().contains(redirect)) {
            return error(400, "The redirect URI is not one the app registered.");
        }
        return app.get();
    }

    /** The redirect URI given, or the app's only one when none is given (as Doorkeeper allows). */
    private static String redirectOf(OAuthApp app, String given) {
        if ((given == null || given.isEmpty()) && app.redirectUris().size() == 1) {
            return app.redirectUris().get(0);
        }
        return given;
    }

    private Response consent(SignedIn me, Ask ask) {
        Map<String, Object> model = new HashMap<>();
        model.put("appName", ask.app().name());
        model.put("appWebsite", ask.app().website());
        model.put("scopes", ask.scopes().stream().map(ScopeMeaning::of).toList());
        model.put("clientId", ask.app().clientId());
        model.put("redirectUri", ask.redirectUri());
        model.put("scope", String.join(" ", ask.scopes()));
        model.put("state", ask.state() == null ? "" : ask.state());
        model.put("codeChallenge", ask.challenge() == null ? "" : ask.challenge());
        model.put("codeChallengeMethod", ask.method() == null ? "" : ask.method());
        return renderer.render(200, "oauth-authorize", "Authorize " + ask.app().name(), me, model);
    }

    /**
     * To the login form, coming back here without {@code force_login} (so it asks once); a forced
     * login signs the current session out first.
     */
    private Response toLogin(UriInfo uri, SignedIn signedIn) {
        UriBuilder back = UriBuilder.fromPath("/oauth/authorize");
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("force_login")) {
                values.forEach(v -> back.queryParam(name, v.replace("{", "%7B").replace("}", "%7D")));
            }
        });
        String next = back.build().toString();
        Response.ResponseBuilder answer = Response.seeOther(
                UriBuilder.fromUri("/login").queryParam("next", next).build());
        if (signedIn != null) {
            auth.logout(signedIn);
            answer.cookie(new NewCookie.Builder(Auth.COOKIE)
                    .value("")
                    .path("/")
                    .httpOnly(true)
                    .secure(secureCookies)
                    .sameSite(NewCookie.SameSite.LAX)
                    .maxAge(0)
                    .build());
        }
        return answer.build();
    }

    private static Response refuse(String redirectUri, String error, String state) {
        if (OAuthApp.OOB.equals(redirectUri)) {
            return Response.status(400)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity("The request was refused: " + error)
                    .build();
        }
        return Response.status(302)
                .location(withParams(redirectUri, "error", error, state))
                .build();
    }

    private static URI withParams(String redirectUri, String name, String value, String state) {
        UriBuilder b = UriBuilder.fromUri(redirectUri).queryParam(name, value);
        if (state != null && !state.isEmpty()) {
            b.queryParam("state", state.replace("{", "%7B").replace("}", "%7D"));
        }
        return b.build();
    }

    private Response error(int status, String message) {
        return renderer.render(status, "oauth-error", "Cannot authorize", null, Map.of("message", message));
    }

    /** What a scope lets an app do, in words for the consent page. */
    public record ScopeMeaning(String name, String meaning) {
        private static final Map<String, String> WORDS = Map.of(
                "read", "read everything of your account",
                "write", "post, edit and delete, upload media, and change your profile",
                "follow", "follow, unfollow, block and mute accounts",
                "push", "receive push notifications",
                "profile", "see your name and profile");

        static ScopeMeaning of(String scope) {
            String w = WORDS.get(scope);
            if (w == null) {
                int colon = scope.indexOf(':');
                w = colon < 0
                        ? scope
                        : (scope.startsWith("read") ? "read your " : "change your ")
                                + scope.substring(colon + 1).replace('_', ' ');
            }
            return new ScopeMeaning(scope, w);
        }
    }
}
