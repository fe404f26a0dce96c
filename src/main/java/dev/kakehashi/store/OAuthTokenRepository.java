package dev.kakehashi.store;

import dev.kakehashi.domain.OAuthToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Access tokens by the hash of the token (or of its refresh token); revoked ones never resolve. */
public final class OAuthTokenRepository {
    private static final String COLUMNS = "id, app_id, account_id, scopes, created_at, last_used_at";

    /** An app an author authorized, as the admin's Apps page lists it. */
    public record AuthorizedApp(long appId, String name, String website, String scopes, Instant lastUsedAt) {}

    private final Transactions tx;

    public OAuthTokenRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(OAuthToken token, String tokenHash, String refreshHash) {
        tx.session()
                .createNativeMutationQuery("insert into oauth_token (id, app_id, account_id, token_hash, refresh_hash,"
                        + " scopes, created_at) values (:id, :app, :acc, :th, :rh, :s, :at)")
                .setParameter("id", token.id())
                .setParameter("app", token.appId())
                .setParameter("acc", token.accountId())
                .setParameter("th", tokenHash)
                .setParameter("rh", refreshHash)
                .setParameter("s", String.join(" ", token.scopes()))
                .setParameter("at", token.createdAt())
                .executeUpdate();
    }

    public Optional<OAuthToken> activeByHash(String tokenHash) {
        return one("token_hash = :h", tokenHash);
    }

    public Optional<OAuthToken> activeByRefreshHash(String refreshHash) {
        return one("refresh_hash = :h", refreshHash);
    }

    /** Revokes one token; false when it was already revoked or unknown. */
    public boolean revoke(long id, Instant now) {
        return tx.session()
                        .createNativeMutationQuery(
                                "update oauth_token set revoked_at = :n where id = :id and revoked_at is null")
                        .setParameter("n", now)
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    /** Revokes every token of an app for one author; answers how many. */
    public int revokeAll(long appId, long accountId, Instant now) {
        return tx.session()
                .createNativeMutationQuery("update oauth_token set revoked_at = :n where app_id = :app"
                        + " and account_id = :acc and revoked_at is null")
                .setParameter("n", now)
                .setParameter("app", appId)
                .setParameter("acc", accountId)
                .executeUpdate();
    }

    /** Notes a use, at most once per minute per token ({@code since}), so most requests write nothing. */
    public void touch(long id, Instant now, Instant since) {
        tx.session()
                .createNativeMutationQuery("update oauth_token set last_used_at = :n where id = :id"
                        + " and (last_used_at is null or last_used_at < :since)")
                .setParameter("n", now)
                .setParameter("id", id)
                .setParameter("since", since)
                .executeUpdate();
    }

    /** The apps with live tokens for this author, most recently used first. */
    public List<AuthorizedApp> appsOf(long accountId) {
        return Rows.list(
                tx.session(),
                "select a.id as app_id, a.name as name, a.website as website, t.scopes as scopes,"
                        + " coalesce(t.last_used_at, t.created_at) as last_used_at"
                        + " from oauth_token t join oauth_app a on a.id = t.app_id"
                        + " where t.account_id = :acc and t.revoked_at is null"
                        + " order by coalesce(t.last_used_at, t.created_at) desc",
                q -> q.setParameter("acc", accountId),
                r -> new AuthorizedApp(
                        r.lng("app_id"), r.str("name"), r.str("website"), r.str("scopes"), r.instant("last_used_at")));
    }

    private Optional<OAuthToken> one(String where, String hash) {
        return Rows.first(
                tx.session(),
                "select " + COLUMNS + " from oauth_token where " + where + " and revoked_at is null",
                q -> q.setParameter("h", hash),
                r -> new OAuthToken(
                        r.lng("id"),
                        r.lng("app_id"),
                        r.lngOrNull("account_id"),
                        OAuthAppRepository.scopes(r.str("scopes")),
                        r.instant("created_at"),
                        r.instant("last_used_at")));
    }
}
