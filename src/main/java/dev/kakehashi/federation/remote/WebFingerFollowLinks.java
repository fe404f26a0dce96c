package dev.kakehashi.federation.remote;

import dev.kakehashi.federation.remote.RemoteFetchException.Reason;
import dev.kakehashi.service.RemoteFollowLinks;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds a reader's remote-follow page from the subscribe template in their WebFinger answer. */
public final class WebFingerFollowLinks implements RemoteFollowLinks {
    private static final Logger log = LoggerFactory.getLogger(WebFingerFollowLinks.class);

    private final WebFingerClient webFinger;

    public WebFingerFollowLinks(WebFingerClient webFinger) {
        this.webFinger = webFinger;
    }

    @Override
    public String followPageFor(String handle, String targetUri) {
        WebFingerClient.Handle parsed = WebFingerClient.parseHandle(handle)
                .orElseThrow(() -> InvalidInputException.of(
                        "handle", "Enter your handle as @you@your.server, for example @alice@mastodon.social."));
        WebFingerResult jrd;
        try {
            jrd = webFinger.lookup(parsed);
        } catch (RemoteFetchException e) {
            log.warn("Remote follow for {} failed: {}", parsed.acct(), e.getMessage());
            if (e.reason() == Reason.NOT_FOUND || e.reason() == Reason.GONE) {
                throw InvalidInputException.of("handle", parsed.host() + " does not know " + parsed.user() + ".");
            }
            if (e.reason() == Reason.BLOCKED) {
                throw InvalidInputException.of("handle", parsed.host() + " is not a server we can reach.");
            }
            throw new ServiceException(502, parsed.host() + " could not be reached. Try again later.");
        }
        String template = jrd.subscribeTemplate()
                .orElseThrow(() -> InvalidInputException.of(
                        "handle",
                        parsed.host() + " has no remote-follow page. Search for " + targetUri
                                + " on your server instead."));
        String page = template.replace("{uri}", URLEncoder.encode(targetUri, StandardCharsets.UTF_8));
        // The template comes from a stranger: only ever send the reader to an http(s) page.
        URI uri;
        try {
            uri = URI.create(page);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("handle", parsed.host() + " has an invalid remote-follow page.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw InvalidInputException.of("handle", parsed.host() + " has an invalid remote-follow page.");
        }
        return page;
    }
}
