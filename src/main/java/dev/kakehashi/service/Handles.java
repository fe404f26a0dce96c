package dev.kakehashi.service;

import java.util.Locale;

/**
 * The fediverse handles people type to follow the blog or an author ({@code @blog@host},
 * {@code @alice@host}), as WebFinger answers them; null where the actor mode hides that actor.
 */
public final class Handles {
    private final SiteService site;
    private final Links links;

    public Handles(SiteService site, Links links) {
        this.site = site;
        this.links = links;
    }

    /** Both at once (one settings read): the blog's handle and the domain of authors' handles. */
    public record ForSite(String blog, String authorDomain) {}

    public ForSite forSite() {
        FederationSettings f = site.federation();
        return new ForSite(
                f.actorMode().blog() ? handle(f.blogHandle()) : null,
                f.actorMode().authors() ? links.authority() : null);
    }

    /** The blog actor's handle, or null when only authors federate. */
    public String blog() {
        FederationSettings f = site.federation();
        return f.actorMode().blog() ? handle(f.blogHandle()) : null;
    }

    /** An author's handle, or null when only the blog federates. */
    public String author(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return site.federation().actorMode().authors() ? handle(username) : null;
    }

    private String handle(String username) {
        return "@" + username.toLowerCase(Locale.ROOT) + "@" + links.authority();
    }
}
