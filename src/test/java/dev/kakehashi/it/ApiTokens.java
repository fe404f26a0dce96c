package dev.kakehashi.it;

import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.service.AuthService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Access tokens for a running server, stored as its OAuth grants store them (an app and a hashed
 * token): for tests of the API's resources that are not about how a token is obtained.
 */
final class ApiTokens {
    private ApiTokens() {}

    /** A fresh token of a new app for the author {@code username}, with {@code scopes}. */
    static String mint(LiveTables tables, String username, String scopes) {
        String token = "test-" + UUID.randomUUID();
        long appId = Snowflake.next();
        try (Connection c = tables.connect()) {
            long account;
            try (var st = c.prepareStatement("select id from account where username = ?")) {
                st.setString(1, username);
                try (var rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("No account " + username);
                    }
                    account = rs.getLong(1);
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (var st = c.prepareStatement("insert into oauth_app (id, client_id, client_secret_hash, name,"
                    + " website, redirect_uris, scopes, created_at) values (?, ?, ?, ?, null, ?, ?, ?)")) {
                st.setLong(1, appId);
                st.setString(2, "client-" + appId);
                st.setString(3, AuthService.hash("secret-" + appId));
                st.setString(4, "Test app");
                st.setString(5, "urn:ietf:wg:oauth:2.0:oob");
                st.setString(6, scopes);
                st.setTimestamp(7, now);
                st.executeUpdate();
            }
            try (var st = c.prepareStatement("insert into oauth_token (id, app_id, account_id, token_hash, scopes,"
                    + " created_at) values (?, ?, ?, ?, ?, ?)")) {
                st.setLong(1, Snowflake.next());
                st.setLong(2, appId);
                st.setLong(3, account);
                st.setString(4, AuthService.hash(token));
                st.setString(5, scopes);
                st.setTimestamp(6, now);
                st.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }
}
