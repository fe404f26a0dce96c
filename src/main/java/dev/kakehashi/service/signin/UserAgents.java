package dev.kakehashi.service.signin;

/** A short human name for a browser, from its User-Agent header ("Firefox on Linux"). */
public final class UserAgents {
    private UserAgents() {}

    public static String describe(String ua) {
        if (ua == null || ua.isBlank()) {
            return "an unknown browser";
        }
        String browser = ua.contains("Edg/")
                ? "Edge"
                : ua.contains("Firefox/")
                        ? "Firefox"
                        : ua.contains("Chrome/") || ua.contains("Chromium/")
                                ? "Chrome"
                                : ua.contains("Safari/") ? "Safari" : "a browser";
        String system = ua.contains("Android")
                ? "Android"
                : ua.contains("iPhone") || ua.contains("iPad")
                        ? "iOS"
                        : ua.contains("Windows")
                                ? "Windows"
                                : ua.contains("Mac OS") ? "macOS" : ua.contains("Linux") ? "Linux" : null;
        return system == null ? browser : browser + " on " + system;
    }
}
