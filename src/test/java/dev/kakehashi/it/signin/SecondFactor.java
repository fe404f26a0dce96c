package dev.kakehashi.it.signin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.WebClient;
import dev.kakehashi.service.signin.TotpCodes;
import java.time.Instant;
import java.util.List;

/** Enrolling an authenticator app and signing in with it, through the pages a browser sees. */
final class SecondFactor {
    static final TotpCodes TOTP = new TotpCodes();

    /** What enrolling showed: the secret (as text) and the recovery codes. */
    record Enrolled(String secret, List<String> recoveryCodes) {}

    private SecondFactor() {}

    static Enrolled enrol(WebClient signedIn) {
        var page = signedIn.get("/admin/profile/security");
        var start = signedIn.postForm("/admin/profile/security/totp/start", form("_csrf", page.csrf()));
        assertThat(start.status()).isEqualTo(303);
        var enrol = signedIn.get("/admin/profile/security");
        assertThat(enrol.html().select("#totp-enrol svg.qr path")).hasSize(1);
        String secret = enrol.html().selectFirst("#totp-secret").text();
        var confirmed = signedIn.postForm(
                "/admin/profile/security/totp/confirm",
                form("_csrf", enrol.csrf(), "code", TOTP.codeAt(secret, Instant.now())));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> codes = confirmed.html().select("#recovery-codes code").eachText();
        assertThat(codes).hasSize(10);
        return new Enrolled(secret, codes);
    }

    /** The password step; answers the page it redirects to (the second step for a 2FA account). */
    static WebClient.Page password(WebClient browser, String username, String password) {
        return browser.postLogin(form("username", username, "password", password, "next", "/admin/posts"));
    }

    /** Types {@code code} into the second step this browser is at. */
    static WebClient.Page code(WebClient browser, String code) {
        var step = browser.get("/login/2fa?next=/admin/posts");
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        return browser.postForm("/login/2fa", form("_csrf", step.csrf(), "code", code, "next", "/admin/posts"));
    }

    /** A code from one step ahead: accepted (clocks drift) and newer than the one enrolling used. */
    static String nextCode(String secret) {
        return TOTP.codeAt(secret, Instant.now().plusSeconds(30));
    }

    /** Six digits that are none of the codes accepted now. */
    static String wrongCode(String secret) {
        Instant now = Instant.now();
        for (int i = 0; ; i++) {
            String guess = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            if (TOTP.matchingStep(secret, guess, now).isEmpty()
                    && TOTP.matchingStep(secret, guess, now.plusSeconds(30)).isEmpty()) {
                return guess;
            }
        }
    }
}
