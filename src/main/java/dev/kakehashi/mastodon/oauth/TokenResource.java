package dev.kakehashi.mastodon.oauth;

import dev.kakehashi.domain.OAuthApp;
import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.entity.TokenEntity;
import dev.kakehashi.service.error.OAuthException;
import dev.kakehashi.service.oauth.OAuthApps;
import dev.kakehashi.service.oauth.OAuthGrants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * {@code POST /oauth/token} (JSON or form; client authentication in the body or by HTTP Basic) and
 * {@code POST /oauth/revoke}, with Doorkeeper's answers.
 */
@Path("/oauth")
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {
    private final OAuthApps apps;
    private final OAuthGrants grants;

    public TokenResource(OAuthApps apps, OAuthGrants grants) {
        this.apps = apps;
        this.grants = grants;
    }

    @POST
    @Path("token")
    public Response token(MastodonBody body, @Context HttpServletRequest http) {
        MastodonBody b = MastodonBody.of(body);
        String grant = b.stringOrNull("grant_type");
        if (grant == null || grant.isBlank()) {
            throw OAuthException.invalidRequest("The request is missing a required parameter: grant_type.");
        }
        OAuthApp app = client(b, http.getHeader("Authorization"));
        OAuthGrants.Issued issued =
                switch (grant) {
                    case "authorization_code" -> grants.exchangeCode(
                            app,
                            b.stringOrNull("code"),
                            b.stringOrNull("redirect_uri"),
                            b.stringOrNull("code_verifier"));
                    case "password" -> grants.password(
                            app,
                            b.stringOrNull("username"),
                            b.stringOrNull("password"),
                            b.stringOrNull("scope"),
                            http.getRemoteAddr());
                    case "client_credentials" -> grants.clientCredentials(app, b.stringOrNull("scope"));
                    case "refresh_token" -> grants.refresh(app, b.stringOrNull("refresh_token"));
                    default -> throw new OAuthException(
                            400, "unsupported_grant_type", "The authorization grant type is not supported.");
                };
        TokenEntity entity = new TokenEntity(
                issued.accessToken(),
                "Bearer",
                String.join(" ", issued.scopes()),
                issued.createdAt().getEpochSecond(),
                issued.refreshToken());
        return noStore(Response.ok(entity));
    }

    @POST
    @Path("revoke")
    public Response revoke(MastodonBody body, @Context HttpServletRequest http) {
        MastodonBody b = MastodonBody.of(body);
        grants.revoke(client(b, http.getHeader("Authorization")), b.stringOrNull("token"));
        return noStore(Response.ok(Map.of()));
    }

    /** The client from HTTP Basic, else from {@code client_id} and {@code client_secret} in the body. */
    private OAuthApp client(MastodonBody b, String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthException.invalidClient();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthException.invalidClient();
            }
            return apps.authenticate(decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1)));
        }
        return apps.authenticate(b.stringOrNull("client_id"), b.stringOrNull("client_secret"));
    }

    /** RFC 6749 2.3.1: Basic credentials are form-encoded first. */
    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient();
        }
    }

    private static Response noStore(Response.ResponseBuilder answer) {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        return answer.cacheControl(cc).header("Pragma", "no-cache").build();
    }
}
