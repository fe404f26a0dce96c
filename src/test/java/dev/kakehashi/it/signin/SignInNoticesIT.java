package dev.kakehashi.it.signin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mails about an account's safety, caught by an in-process SMTP server (GreenMail). */
class SignInNoticesIT {
    static KakehashiServer server;
    static WebClient owner;
    static GreenMail smtp;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = KakehashiServer.fresh()
                .with("smtp.host", "127.0.0.1")
                .with("smtp.port", Integer.toString(port))
                .with("smtp.tls", "none")
                .with("smtp.from", "Notices IT <blog@kakehashi.test>")
                .start();
        owner = new WebClient(server).setUpAndLogIn("Notices IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (smtp != null) smtp.stop();
    }

    @Test
    void aSignInFromANewBrowserIsMailedAndOneFromAKnownBrowserIsNot() throws Exception {
        AdminPages.addAuthor(owner, "kaito", "author", "kaito-password-1");
        WebClient laptop = new WebClient(server).logIn("kaito", "kaito-password-1");
        List<MimeMessage> first = await("kaito@example.com", 1);
        assertThat(first.get(0).getSubject()).isEqualTo("[Notices IT] New sign-in to your account");
        assertThat((String) ((jakarta.mail.internet.MimeMultipart) first.get(0).getContent())
                        .getBodyPart(0)
                        .getContent())
                .contains("127.0.0.1")
                .contains("/admin/profile/security");

        // The same browser (its device cookie) signs in again: no mail. The password change after it
        // is mailed through the same queue, so once that mail is here the other would be too.
        var logout =
                laptop.postForm("/logout", form("_csrf", laptop.get("/admin").csrf()));
        assertThat(logout.status()).isEqualTo(303);
        laptop.logIn("kaito", "kaito-password-1");
        changePassword(laptop, "kaito-password-1", "kaito-password-2");
        List<MimeMessage> all = await("kaito@example.com", 2);
        assertThat(all)
                .extracting(MimeMessage::getSubject)
                .containsExactly("[Notices IT] New sign-in to your account", "[Notices IT] Your password was changed");
    }

    @Test
    void settingUpAnAuthenticatorAppIsMailed() throws Exception {
        AdminPages.addAuthor(owner, "mei", "author", "mei-password-1");
        WebClient browser = new WebClient(server).logIn("mei", "mei-password-1");
        await("mei@example.com", 1);
        SecondFactor.enrol(browser);
        List<MimeMessage> mails = await("mei@example.com", 2);
        assertThat(mails.get(1).getSubject()).isEqualTo("[Notices IT] A sign-in method was added");
    }

    private static void changePassword(WebClient browser, String current, String fresh) {
        var profile = browser.get("/admin/profile");
        var changed = browser.postForm(
                "/admin/profile/password",
                form("_csrf", profile.csrf(), "currentPassword", current, "newPassword", fresh));
        assertThat(changed.status()).isEqualTo(303);
    }

    private static List<MimeMessage> await(String address, int count) throws InterruptedException {
        Eventually.within(
                Duration.ofSeconds(20),
                count + " mails to " + address,
                () -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
