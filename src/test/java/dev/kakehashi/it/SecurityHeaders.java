package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser-side defences every answer must carry (issue 10, finding 8). */
public final class SecurityHeaders {
    private SecurityHeaders() {}

    public static void assertPresent(String what, WebClient.Page page) {
        assertThat(page.header("Content-Security-Policy"))
                .as(what + " Content-Security-Policy")
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).as(what + " nosniff").isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).as(what + " X-Frame-Options").isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).as(what + " Referrer-Policy").isNotBlank();
    }
}
