package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.Transactions;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The former accounts ({@code alsoKnownAs}, FEP-7628) of the blog and of each author: a follower's
 * server moves its follows here only when our actor names the old account. Typed as https actor
 * URLs or {@code @user@host} handles, which are resolved to their actor URLs.
 */
public final class AliasService {
    public static final String FIELD = "alsoKnownAs";
    static final int MAX = 10;

    private final Transactions tx;
    private final AccountRepository accounts;
    private final SiteService site;
    private final HandleResolver handles;
    private final Links links;
    private final Clock clock;

    public AliasService(
            Transactions tx,
            AccountRepository accounts,
            SiteService site,
            HandleResolver handles,
            Links links,
            Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.site = site;
        this.handles = handles;
        this.links = links;
        this.clock = clock;
    }

    public List<String> ofAccount(long accountId) {
        return tx.call(() -> accounts.byId(accountId)
                .map(a -> a.alsoKnownAs())
                .orElseThrow(() -> ServiceException.notFound("Account")));
    }

    public List<String> ofBlog() {
        return site.blogAlsoKnownAs();
    }

    /** Replaces the author's former accounts with what was typed (one per line); blank clears them. */
    public List<String> setForAccount(long accountId, String typed) {
        List<String> urls = parse(typed);
        tx.run(() -> accounts.byId(accountId)
                .orElseThrow(() -> ServiceException.notFound("Account"))
                .changeAlsoKnownAs(urls, clock.instant()));
        return urls;
    }

    public List<String> setForBlog(String typed) {
        List<String> urls = parse(typed);
        site.setBlogAlsoKnownAs(urls);
        return urls;
    }

    /** Every entry checked and resolved before anything is stored. */
    List<String> parse(String typed) {
        Set<String> urls = new LinkedHashSet<>();
        for (String entry : (typed == null ? "" : typed).split("[\\s,]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String url = entry.startsWith("https://") || entry.startsWith("http://")
                    ? checked(entry)
                    : handles.actorUrl(entry, FIELD);
            if (links.isOurs(url)) {
                throw InvalidInputException.of(FIELD, entry + " is on this blog; list accounts on other servers.");
            }
            urls.add(url);
        }
        if (urls.size() > MAX) {
            throw InvalidInputException.of(FIELD, "List at most " + MAX + " former accounts.");
        }
        return new ArrayList<>(urls);
    }

    private static String checked(String entry) {
        try {
            URI u = new URI(entry);
            if ("https".equals(u.getScheme())
                    && u.getHost() != null
                    && entry.length() <= 2048
                    && u.getUserInfo() == null) {
                return u.toString();
            }
        } catch (Exception e) {
            // reported below
        }
        throw InvalidInputException.of(
                FIELD, "\"" + entry + "\" is not an https URL of an account (or a handle like @you@old.example).");
    }
}
