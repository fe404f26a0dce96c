package dev.kakehashi.mastodon.oauth;

import dev.kakehashi.service.Links;
import dev.kakehashi.service.oauth.OAuthScopes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /.well-known/oauth-authorization-server} (RFC 8414, INTEROP B2.5): Mastodon.py takes its
 * OAuth URLs from here and Phanpy turns PKCE on when S256 is listed.
 */
@Path("/.well-known/oauth-authorization-server")
@Produces(MediaType.APPLICATION_JSON)
public final class OAuthMetadataResource {
    private final Links links;

    public OAuthMetadataResource(Links links) {
        this.links = links;
    }

    @GET
    public Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", links.home());
        m.put("service_documentation", links.home());
        m.put("authorization_endpoint", links.at("/oauth/authorize"));
        m.put("token_endpoint", links.at("/oauth/token"));
        m.put("app_registration_endpoint", links.at("/api/v1/apps"));
        m.put("revocation_endpoint", links.at("/oauth/revoke"));
        m.put("userinfo_endpoint", links.at("/oauth/userinfo"));
        m.put("scopes_supported", OAuthScopes.SUPPORTED);
        m.put("response_types_supported", List.of("code"));
        m.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        m.put("code_challenge_methods_supported", List.of("S256", "plain"));
        m.put(
                "grant_types_supported",
                List.of("authorization_code", "password", "client_credentials", "refresh_token"));
        m.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        return m;
    }
}
