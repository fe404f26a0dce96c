package dev.kakehashi.admin;

import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The login form's CSRF token before there is a session (login CSRF): a random value in a
 * SameSite=Strict cookie scoped to {@code /login} and in the form's hidden {@code _csrf} field. A
 * third-party page can neither read the cookie nor make the browser send it, so it cannot submit
 * the form with the attacker's credentials and log the victim into the attacker's account.
 */
final class LoginCsrf {
    static final String COOKIE = "kakehashi_login_csrf";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private LoginCsrf() {}

    /** The browser's token if it already has a good one (several tabs), else a new one. */
    static String tokenFor(String cookieValue) {
        if (cookieValue != null && WELL_FORMED.matcher(cookieValue).matches()) {
            return cookieValue;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static NewCookie cookie(String token, boolean secure) {
        return new NewCookie.Builder(COOKIE)
                .value(token)
                .path("/login")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    /** Both present, well formed and equal (compared in constant time). */
    static boolean matches(String cookieValue, String formValue) {
        return cookieValue != null
                && formValue != null
                && WELL_FORMED.matcher(cookieValue).matches()
                && MessageDigest.isEqual(
                        cookieValue.getBytes(StandardCharsets.UTF_8), formValue.getBytes(StandardCharsets.UTF_8));
    }
}
