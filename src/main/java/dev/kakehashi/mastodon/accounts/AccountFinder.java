package dev.kakehashi.mastodon.accounts;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.mastodon.entity.AccountEntity;
import dev.kakehashi.service.AccountTarget;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.RemoteLookup;
import dev.kakehashi.service.SearchQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accounts a search finds: with {@code resolve}, an {@code @user@host} asked of its server
 * (or a profile URL fetched) first; then the blog's authors and the remote accounts it knows.
 */
public final class AccountFinder {
    private static final Pattern HANDLE = Pattern.compile("@?[^@\\s/]+@[^@\\s/]+");

    private final SearchQueries search;
    private final RemoteLookup remote;
    private final AccountViews views;
    private final Links links;

    public AccountFinder(SearchQueries search, RemoteLookup remote, AccountViews views, Links links) {
        this.search = search;
        this.remote = remote;
        this.views = views;
        this.links = links;
    }

    /** Whether the text is a handle ({@code user@host}, with or without the leading {@code @}). */
    public static boolean isHandle(String q) {
        return HANDLE.matcher(q).matches();
    }

    public static boolean isUrl(String q) {
        return q.startsWith("https://") || q.startsWith("http://");
    }

    public List<AccountEntity> find(String q, boolean resolve, int offset, int limit) {
        return find(q, resolve, null, offset, limit);
    }

    /**
     * @param followedBy an author's id for {@code following=true}: only the accounts they follow,
     *     which the blog knows already, so nothing is resolved
     */
    public List<AccountEntity> find(String q, boolean resolve, Long followedBy, int offset, int limit) {
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, AccountEntity> found = new LinkedHashMap<>();
        if (resolve && offset == 0 && followedBy == null) {
            Optional<RemoteActor> resolved = isHandle(q)
                    ? remote.account(q)
                    : isUrl(q) ? remote.url(q).map(RemoteLookup.Found::account) : Optional.empty();
            resolved.map(AccountTarget::of).map(views::of).ifPresent(a -> found.put(a.id(), a));
        }
        if (!isUrl(q)) {
            for (AccountTarget t : search.accounts(q, links.authority(), followedBy, offset, limit)) {
                AccountEntity a = views.of(t);
                found.putIfAbsent(a.id(), a);
            }
        }
        List<AccountEntity> out = new ArrayList<>(found.values());
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }
}
