package dev.kakehashi.service.oauth;

import dev.kakehashi.domain.OAuthApp;
import dev.kakehashi.service.error.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Redirect URIs as Doorkeeper checks them for Mastodon: absolute, custom schemes allowed (mobile
 * apps), no fragment, and never {@code javascript:}, {@code data:} or {@code vbscript:}.
 */
final class RedirectUris {
    private static final Set<String> FORBIDDEN = Set.of("javascript", "data", "vbscript");
    private static final int MAX_URIS = 10;
    private static final int MAX_LENGTH = 2000;
    private static final String MESSAGE = "Redirect URI must be an absolute URI.";

    private RedirectUris() {}

    /** The URIs, each checked, or 422 with Mastodon's message. */
    static List<String> parse(List<String> given) {
        List<String> uris = new ArrayList<>();
        for (String line : given) {
            for (String part : line.split("[\r\n]+")) {
                String uri = part.strip();
                if (!uri.isEmpty()) {
                    uris.add(check(uri));
                }
            }
        }
        if (uris.isEmpty() || uris.size() > MAX_URIS) {
            throw InvalidInputException.of("redirect_uris", MESSAGE);
        }
        return List.copyOf(uris);
    }

    private static String check(String uri) {
        if (uri.equals(OAuthApp.OOB)) {
            return uri;
        }
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme();
            if (uri.length() > MAX_LENGTH
                    || scheme == null
                    || parsed.getRawFragment() != null
                    || FORBIDDEN.contains(scheme.toLowerCase(Locale.ROOT))
                    || parsed.isOpaque()) {
                throw InvalidInputException.of("redirect_uris", MESSAGE);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("redirect_uris", MESSAGE);
        }
    }
}
