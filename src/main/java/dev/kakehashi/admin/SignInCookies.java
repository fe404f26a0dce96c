package dev.kakehashi.admin;

import dev.kakehashi.service.AuthService;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Date;

/** The session cookie and the long-lived device cookie that tells a known browser from a new one. */
final class SignInCookies {
    static final String DEVICE = "kakehashi_device";
    private static final Duration DEVICE_LIFETIME = Duration.ofDays(400);

    private final boolean secure;

    SignInCookies(boolean secure) {
        this.secure = secure;
    }

    NewCookie session(AuthService.NewSession session) {
        return new NewCookie.Builder(Auth.COOKIE)
                .value(session.token())
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .expiry(Date.from(session.expiresAt()))
                .maxAge((int) AuthService.SESSION_LIFETIME.toSeconds())
                .build();
    }

    NewCookie device(String token) {
        return new NewCookie.Builder(DEVICE)
                .value(token)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) DEVICE_LIFETIME.toSeconds())
                .build();
    }
}
