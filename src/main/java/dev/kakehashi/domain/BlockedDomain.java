package dev.kakehashi.domain;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a domain block covers. A block of {@code spam.example} covers that host and every subdomain
 * ({@code a.spam.example}), on any port; a block that names a port ({@code 127.0.0.1:8080}) covers
 * exactly that authority, which is what tests (every fake peer on 127.0.0.1) and odd setups need.
 */
public final class BlockedDomain {
    private static final Pattern AUTHORITY =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*(:[0-9]{1,5})?");

    private BlockedDomain() {}

    /**
     * What an admin typed ({@code Spam.Example}, {@code https://spam.example/about}, {@code
     * @user@spam.example}, an IDN) as the stored form: lower-case ASCII, with a port only if typed.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.contains("://")) {
            try {
                text = URI.create(text).getRawAuthority();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (text == null) {
                return Optional.empty();
            }
        }
        int at = text.lastIndexOf('@');
        text = at >= 0 ? text.substring(at + 1) : text;
        while (text.endsWith(".") || text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            String port = "";
            int colon = text.lastIndexOf(':');
            if (colon > 0) {
                port = text.substring(colon);
                text = text.substring(0, colon);
            }
            text = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT) + port;
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return AUTHORITY.matcher(text).matches() && text.length() <= 255 ? Optional.of(text) : Optional.empty();
    }

    /** Whether the block {@code domain} (as {@link #normalize} stores it) covers {@code authority}. */
    public static boolean covers(String domain, String authority) {
        if (authority == null || authority.isEmpty()) {
            return false;
        }
        String a = authority.toLowerCase(Locale.ROOT);
        if (domain.indexOf(':') >= 0) {
            return a.equals(domain);
        }
        int colon = a.lastIndexOf(':');
        String host = colon > 0 && a.indexOf(']') < colon ? a.substring(0, colon) : a;
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /** The authority (host and port) of a URL, lower-case, or null. */
    public static String authorityOf(String url) {
        try {
            String authority = URI.create(url).getRawAuthority();
            return authority == null ? null : authority.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
