package dev.kakehashi.it.signin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LogCapture;
import dev.kakehashi.it.WebClient;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A forgotten password, on a blog without e-mail: the owner's one-time link from the log. */
class PasswordResetIT {
    private static final Pattern LINK = Pattern.compile("open (http\\S+/reset-password\\?token=\\S+) within");

    @Test
    void theOwnerGetsAOneTimeLinkInTheLogAndItSetsANewPasswordOnce() {
        try (KakehashiServer server = KakehashiServer.fresh();
                LogCapture log = LogCapture.kakehashi()) {
            server.start();
            WebClient alice = new WebClient(server).setUpAndLogIn("Reset IT", "alice", "old-password-1");
            WebClient anonymous = new WebClient(server);
            assertThat(anonymous.get("/login").html().select("a[href=/forgot-password]"))
                    .hasSize(1);
            assertThat(anonymous.get("/forgot-password").html().select("main").text())
                    .contains("KAKEHASHI_RESET_PASSWORD_FOR");
            server.stop();

            server.with("reset.password.for", "alice").start();
            Matcher m = LINK.matcher(log.text());
            assertThat(m.find()).as("the link in the log:\n%s", log.text()).isTrue();
            String link = m.group(1);
            assertThat(anonymous.get(link).html().select("input[name=password]"))
                    .hasSize(1);

            String token = link.substring(link.indexOf("token=") + 6);
            var tooShort = anonymous.postForm("/reset-password", form("token", token, "password", "short"));
            assertThat(tooShort.status()).isEqualTo(422);
            var done = anonymous.postForm("/reset-password", form("token", token, "password", "new-password-1"));
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.html().select("main").text()).contains("Your password is changed");

            assertThat(anonymous
                            .postLogin(form("username", "alice", "password", "old-password-1"))
                            .status())
                    .isEqualTo(401);
            new WebClient(server).logIn("alice", "new-password-1");
            assertThat(alice.get("/admin").status())
                    .as("the old session is logged out")
                    .isEqualTo(303);

            var again = anonymous.postForm("/reset-password", form("token", token, "password", "third-password-1"));
            assertThat(again.status()).as("the link works once").isEqualTo(410);
            assertThat(anonymous.get(link).status()).isEqualTo(410);
        }
    }
}
