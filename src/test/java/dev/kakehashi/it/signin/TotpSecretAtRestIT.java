package dev.kakehashi.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LogCapture;
import dev.kakehashi.it.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Hardening review, TOTP at rest: the authenticator-app key is sealed (AES-GCM) with a key kept
 * outside the database, so a leaked database alone does not give it away; a key an older version
 * stored in clear is sealed at the next start and keeps working; a different key stops start-up
 * instead of locking the author out
 * at sign-in.
 */
class TotpSecretAtRestIT {
    @Test
    void theAppKeyIsSealedInTheDatabaseAndAClearOneFromAnOlderVersionIsSealedAtStart() throws Exception {
        try (KakehashiServer server = KakehashiServer.fresh()) {
            server.start();
            WebClient owner = new WebClient(server).setUpAndLogIn("At rest", "owner", "owner-password-1");
            String secret = SecondFactor.enrol(owner).secret();
            server.stop();

            String stored = storedSecret(server);
            assertThat(stored).startsWith("gcm1:").doesNotContainIgnoringCase(secret);
            Path keyFile = server.dataDir().resolve("secret.key");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(keyFile)).doesNotContain(secret);

            // As an older version left it: the Base32 key in clear.
            setStoredSecret(server, secret);
            server.start();
            WebClient browser = new WebClient(server);
            assertThat(SecondFactor.password(browser, "owner", "owner-password-1")
                            .header("Location"))
                    .contains("/login/2fa");
            var done = SecondFactor.code(browser, SecondFactor.nextCode(secret));
            assertThat(done.status()).as(done.body()).isEqualTo(303);
            assertThat(browser.get("/admin").status()).isEqualTo(200);
            server.stop();
            assertThat(storedSecret(server)).startsWith("gcm1:").doesNotContainIgnoringCase(secret);

            // Another key (say the key file was lost and KAKEHASHI_SECRET_KEY set anew): no half start.
            try (LogCapture log = LogCapture.kakehashi()) {
                server.with("secret.key", Base64.getEncoder().encodeToString(new byte[32]))
                        .start();
                assertThat(new WebClient(server).get("/login").status()).isEqualTo(503);
                assertThat(log.text())
                        .contains("Kakehashi cannot start: Setting KAKEHASHI_SECRET_KEY")
                        .contains("does not open with the site's secret key");
            }
        }
    }

    private static String storedSecret(KakehashiServer server) throws SQLException {
        try (var c = server.database().connect(server.dataDir());
                var rs = c.createStatement()
                        .executeQuery("select t.secret from totp_secret t join account a on a.id = t.account_id"
                                + " where a.username = 'owner'")) {
            assertThat(rs.next()).as("a totp_secret row").isTrue();
            return rs.getString(1);
        }
    }

    private static void setStoredSecret(KakehashiServer server, String value) throws SQLException {
        try (var c = server.database().connect(server.dataDir());
                var st = c.prepareStatement("update totp_secret set secret = ?")) {
            st.setString(1, value);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
