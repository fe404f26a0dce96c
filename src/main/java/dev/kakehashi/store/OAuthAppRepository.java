package dev.kakehashi.store;

import dev.kakehashi.domain.OAuthApp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Apps registered for the Mastodon client API; scopes stored space-separated, redirect URIs one a line. */
public final class OAuthAppRepository {
    private static final String COLUMNS =
            "id, client_id, client_secret_hash, name, website, redirect_uris, scopes, created_at";

    private final Transactions tx;

    public OAuthAppRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(OAuthApp app) {
        tx.session()
                .createNativeMutationQuery("insert into oauth_app (" + COLUMNS
                        + ") values (:id, :cid, :sh, :name, :web, :uris, :scopes, :at)")
                .setParameter("id", app.id())
                .setParameter("cid", app.clientId())
                .setParameter("sh", app.clientSecretHash())
                .setParameter("name", app.name())
                .setParameter("web", app.website())
                .setParameter("uris", String.join("\n", app.redirectUris()))
                .setParameter("scopes", String.join(" ", app.scopes()))
                .setParameter("at", app.createdAt())
                .executeUpdate();
    }

    public Optional<OAuthApp> byClientId(String clientId) {
        return Rows.first(
                tx.session(),
                "select " + COLUMNS + " from oauth_app where client_id = :c",
                q -> q.setParameter("c", clientId),
                OAuthAppRepository::map);
    }

    public Optional<OAuthApp> byId(long id) {
        return Rows.first(
                tx.session(),
                "select " + COLUMNS + " from oauth_app where id = :id",
                q -> q.setParameter("id", id),
                OAuthAppRepository::map);
    }

    static Set<String> scopes(String stored) {
        return stored == null || stored.isBlank()
                ? Set.of()
                : Set.of(stored.trim().split(" +"));
    }

    private static OAuthApp map(Rows.Row r) {
        List<String> uris = Arrays.stream(r.str("redirect_uris").split("\n"))
                .filter(s -> !s.isEmpty())
                .toList();
        return new OAuthApp(
                r.lng("id"),
                r.str("client_id"),
                r.str("client_secret_hash"),
                r.str("name"),
                r.str("website"),
                uris,
                scopes(r.str("scopes")),
                r.instant("created_at"));
    }
}
