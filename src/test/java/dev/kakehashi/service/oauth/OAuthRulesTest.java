package dev.kakehashi.service.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.domain.OAuthApp;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.OAuthException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OAuthRulesTest {
    @Test
    void broadScopesCoverTheirGranularOnesAndFollowItsSix() {
        assertThat(OAuthScopes.covers(Set.of("read"), "read:statuses")).isTrue();
        assertThat(OAuthScopes.covers(Set.of("write"), "write:media")).isTrue();
        assertThat(OAuthScopes.covers(Set.of("follow"), "write:blocks")).isTrue();
        assertThat(OAuthScopes.covers(Set.of("follow"), "read:statuses")).isFalse();
        assertThat(OAuthScopes.covers(Set.of("read:accounts"), "read")).isFalse();
        assertThat(OAuthScopes.covers(Set.of("read"), "write:statuses")).isFalse();
    }

    @Test
    void redirectUrisAllowCustomSchemesAndOobButNotScriptOrDataOrFragments() {
        assertThat(RedirectUris.parse(List.of("https://a.example/cb\nmyapp://cb", OAuthApp.OOB)))
                .containsExactly("https://a.example/cb", "myapp://cb", OAuthApp.OOB);
        for (String bad :
                List.of("javascript:alert(1)", "data:text/html,x", "VBScript:x", "/relative", "https://a/#f", "")) {
            assertThatThrownBy(() -> RedirectUris.parse(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Redirect URI must be an absolute URI.");
        }
    }

    @Test
    void pkceS256AndPlainCheckTheVerifier() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertThat(Pkce.matches("S256", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", verifier))
                .isTrue();
        assertThat(Pkce.matches("S256", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", verifier + "x"))
                .isFalse();
        assertThat(Pkce.matches("plain", verifier, verifier)).isTrue();
        assertThat(Pkce.matches("plain", verifier, null)).isFalse();
        assertThatThrownBy(() -> OAuthGrants.challengeMethod("abc", "S512")).isInstanceOf(OAuthException.class);
        assertThat(OAuthGrants.challengeMethod("abc", null)).isEqualTo("plain");
        assertThat(OAuthGrants.challengeMethod(null, "S256")).isNull();
    }

    @Test
    void anAppIsGrantedOnlyScopesItRegistered() {
        OAuthApp app =
                new OAuthApp(1, "c", "h", "App", null, List.of(OAuthApp.OOB), Set.of("read", "write"), Instant.EPOCH);
        assertThat(OAuthGrants.grantable(app, "read write:media")).containsExactly("read", "write:media");
        assertThat(OAuthGrants.grantable(app, null)).containsExactly("read");
        assertThat(OAuthGrants.grantable(app, "read+write")).containsExactly("read", "write");
        assertThatThrownBy(() -> OAuthGrants.grantable(app, "read follow"))
                .isInstanceOf(OAuthException.class)
                .extracting(e -> ((OAuthException) e).code())
                .isEqualTo("invalid_scope");
    }
}
