package dev.kakehashi.store;

import dev.kakehashi.domain.OAuthCode;
import java.time.Instant;
import java.util.Optional;

/** Authorization codes by the hash of the code; taking one deletes it, so it works once. */
public final class OAuthCodeRepository {
    private final Transactions tx;

    public OAuthCodeRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(String codeHash, OAuthCode code) {
        tx.session()
                .createNativeMutationQuery(
                        "insert into oauth_code (code_hash, app_id, account_id, redirect_uri, scopes,"
                                + " code_challenge, challenge_method, expires_at) values (:h, :app, :acc, :uri, :s, :cc, :cm, :e)")
                .setParameter("h", codeHash)
                .setParameter("app", code.appId())
                .setParameter("acc", code.accountId())
                .setParameter("uri", code.redirectUri())
                .setParameter("s", String.join(" ", code.scopes()))
                .setParameter("cc", code.codeChallenge())
                .setParameter("cm", code.challengeMethod())
                .setParameter("e", code.expiresAt())
                .executeUpdate();
    }

    /**
     * Removes the code and answers what it stood for; empty when unknown or when another request
     * took it first (the delete decides, so a code is exchanged at most once).
     */
    public Optional<OAuthCode> take(String codeHash) {
        Optional<OAuthCode> code = Rows.first(
                tx.session(),
                "select app_id, account_id, redirect_uri, scopes, code_challenge, challenge_method, expires_at"
                        + " from oauth_code where code_hash = :h",
                q -> q.setParameter("h", codeHash),
                r -> new OAuthCode(
                        r.lng("app_id"),
                        r.lng("account_id"),
                        r.str("redirect_uri"),
                        OAuthAppRepository.scopes(r.str("scopes")),
                        r.str("code_challenge"),
                        r.str("challenge_method"),
                        r.instant("expires_at")));
        if (code.isEmpty()) {
            return code;
        }
        int taken = tx.session()
                .createNativeMutationQuery("delete from oauth_code where code_hash = :h")
                .setParameter("h", codeHash)
                .executeUpdate();
        return taken == 1 ? code : Optional.empty();
    }

    public int removeExpired(Instant now) {
        return tx.session()
                .createNativeMutationQuery("delete from oauth_code where expires_at <= :n")
                .setParameter("n", now)
                .executeUpdate();
    }
}
