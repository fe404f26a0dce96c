package dev.kakehashi.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.LogCapture;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail notifications end to end: a signed Follow from a remote server, the digest job (every
 * second here), and an in-process SMTP server on 127.0.0.1 that records what authors would find in
 * their mailbox. The hourly limit is 2 mails per author.
 */
class NotificationMailIT {
    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static WebClient admin;
    static int smtpPort;
    static GreenMail smtp;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        smtp = startSmtp();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.with("smtp.host", "127.0.0.1")
                .with("smtp.port", Integer.toString(smtpPort))
                .with("smtp.tls", "none")
                .with("smtp.from", "Mail IT <blog@kakehashi.test>")
                .with("smtp.digest.interval.seconds", "1")
                .with("smtp.max.per.hour", "2")
                .start();
        admin = new WebClient(server).setUpAndLogIn("Mail IT", "hana", "hana-password-1");
        peer = new SigningPeer();
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
        if (smtp != null) smtp.stop();
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @Test
    void aFollowOfAnAuthorIsMailedToThatAuthorNamingTheFollowerAndARepeatedFollowIsNot() throws Exception {
        long kenji = author("kenji");
        String ann = follow("ann", "/actors/" + kenji);

        List<MimeMessage> mails = awaitMails("kenji@example.com", 1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains("[Mail IT]").contains("@ann@").contains("followed you");
        assertThat(mail.getFrom()[0].toString()).contains("blog@kakehashi.test");
        assertThat(text(mail)).contains("Hello Display kenji").contains(server.url("/admin/notifications"));
        assertThat(html(mail)).contains("href=\"" + server.url("/admin/notifications") + "\"");

        // The same person following again is not a new follower: no notification, no mail.
        String again = followAgain("ann", "/actors/" + kenji);
        Eventually.await(() -> tables.count("select count(*) from follower where follow_activity_id = ?", again) == 1);
        assertThat(tables.count("select count(*) from notification where account_id = " + kenji))
                .isEqualTo(1);
        follow("amy", "/actors/" + kenji);
        mails = awaitMails("kenji@example.com", 2);
        assertThat(mails.get(1).getSubject()).contains("@amy@").doesNotContain("@ann@");
        assertThat(ann).isNotEqualTo(again);
    }

    @Test
    void aFollowWaitingForApprovalIsMailedAsAFollowRequest() throws Exception {
        long vera = author("vera");
        approveManually(true);
        try {
            follow("ivy", "/actors/" + vera);
            MimeMessage mail = awaitMails("vera@example.com", 1).get(0);
            assertThat(mail.getSubject()).contains("@ivy@").contains("asked to follow you");
            assertThat(tables.text("select kind from notification where account_id = " + vera))
                    .isEqualTo("FOLLOW_REQUEST");
        } finally {
            approveManually(false);
        }
    }

    @Test
    void aNotificationOlderThanTwoDaysIsNeverMailed() throws Exception {
        long wes = author("wes");
        try (var c = tables.connect();
                var insert = c.prepareStatement("insert into notification (id, account_id, kind, actor_uri,"
                        + " created_at) values (?, ?, 'FOLLOW', ?, ?)")) {
            insert.setLong(1, System.nanoTime());
            insert.setLong(2, wes);
            insert.setString(3, peer.actor("old"));
            insert.setTimestamp(
                    4, java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))));
            insert.executeUpdate();
        }
        // Another author followed now is mailed: the job ran with the old notification in place.
        long xan = author("xan");
        follow("kit", "/actors/" + xan);
        awaitMails("xan@example.com", 1);
        server.runDueJobs();

        assertThat(mailsTo("wes@example.com")).isEmpty();
        assertThat(tables.count(
                        "select count(*) from notification where account_id = " + wes + " and emailed_at is null"))
                .isEqualTo(1);
    }

    @Test
    void aFollowOfTheBlogIsMailedToEveryAdminButNotToAuthors() throws Exception {
        AdminPages.addAuthor(admin, "ren", "admin", "ren-password-1");
        author("yuki");
        follow("bea", "/actors/blog");

        for (String admin : List.of("hana@example.com", "ren@example.com")) {
            assertThat(awaitMails(admin, 1).get(0).getSubject())
                    .contains("@bea@")
                    .contains("followed you");
        }
        assertThat(tables.count("select count(*) from notification n join account a on a.id = n.account_id"
                        + " where a.username = 'yuki'"))
                .isZero();
        assertThat(mailsTo("yuki@example.com")).isEmpty();
    }

    @Test
    void anAuthorWhoUntickedFollowersOnTheProfilePageGetsNoMail() throws Exception {
        long mio = author("mio");
        WebClient mioBrowser = new WebClient(server).logIn("mio", "mio-password-1");
        var profile = mioBrowser.get("/admin/profile").html();
        assertThat(profile.select("#email-form input[name=followers]").hasAttr("checked"))
                .isTrue();
        assertThat(profile.select("#email-form input[name=replies]").hasAttr("checked"))
                .isTrue();
        assertThat(profile.select("#email-form input[name=mentions]").hasAttr("checked"))
                .isFalse();

        var saved = mioBrowser.postForm(
                "/admin/profile/email",
                WebClient.form("_csrf", mioBrowser.get("/admin/profile").csrf(), "replies", "on"));
        assertThat(saved.status()).isEqualTo(303);
        profile = mioBrowser.get("/admin/profile?email=1").html();
        assertThat(profile.select(".notice").text()).contains("E-mail notifications saved");
        assertThat(profile.select("#email-form input[name=followers]").hasAttr("checked"))
                .isFalse();
        assertThat(profile.select("#email-form input[name=replies]").hasAttr("checked"))
                .isTrue();

        follow("cal", "/actors/" + mio);
        Eventually.await(() -> tables.count("select count(*) from notification where account_id = " + mio) == 1);
        // Another author followed afterwards is mailed: the job ran with mio's notification in place.
        long noa = author("noa");
        follow("dan", "/actors/" + noa);
        awaitMails("noa@example.com", 1);

        // mio's own sign-in above is mailed as a new-sign-in notice (SignInNoticesIT); no digest is.
        assertThat(subjects("mio@example.com")).noneMatch(subject -> subject.contains("followed you"));
        assertThat(tables.count(
                        "select count(*) from notification where account_id = " + mio + " and emailed_at is null"))
                .isEqualTo(1);
    }

    @Test
    void afterTwoMailsInAnHourFurtherFollowsWaitForTheNextWindow() throws Exception {
        long sora = author("sora");
        follow("eko", "/actors/" + sora);
        awaitMails("sora@example.com", 1);
        follow("eli", "/actors/" + sora);
        awaitMails("sora@example.com", 2);

        for (String name : List.of("ema", "emi", "emu", "eno", "eru")) {
            follow(name, "/actors/" + sora);
        }
        Eventually.await(() -> tables.count("select count(*) from notification where account_id = " + sora) == 7);
        long taro = author("taro");
        follow("fay", "/actors/" + taro);
        awaitMails("taro@example.com", 1);
        server.runDueJobs(); // another run of the job
        server.runDueJobs();

        assertThat(mailsTo("sora@example.com")).hasSize(2);
        assertThat(tables.count(
                        "select count(*) from notification where account_id = " + sora + " and emailed_at is null"))
                .isEqualTo(5);
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndItAllArrivesAsOneDigestWhenItIsBack() throws Exception {
        long uta = author("uta");
        try (LogCapture log = LogCapture.kakehashi()) {
            smtp.stop();
            try {
                for (String name : List.of("gin", "gus", "guy", "gwen", "gabi")) {
                    follow(name, "/actors/" + uta);
                }
                Eventually.await(
                        () -> tables.count("select count(*) from notification where account_id = " + uta) == 5);
                Eventually.await(() -> log.text().contains("E-mail notifications are waiting"));
                server.runDueJobs(); // more failed runs
                server.runDueJobs();
                assertThat(log.text().split("E-mail notifications are waiting", -1))
                        .as("warned once, not once per run")
                        .hasSize(2);
                assertThat(tables.count("select count(*) from notification where account_id = " + uta
                                + " and emailed_at is null"))
                        .isEqualTo(5);
            } finally {
                smtp = startSmtp();
            }
            List<MimeMessage> mails = awaitMails("uta@example.com", 1);
            server.runDueJobs(); // a second digest would come now
            assertThat(mailsTo("uta@example.com")).hasSize(1);
            assertThat(mails.get(0).getSubject()).contains("5 new notifications");
            assertThat(text(mails.get(0))).contains("@gin@", "@gus@", "@guy@", "@gwen@", "@gabi@");
            Eventually.await(() -> log.text().contains("The mail server answers again"));
        }
        assertThat(tables.count(
                        "select count(*) from notification where account_id = " + uta + " and emailed_at is null"))
                .isZero();
    }

    private static void approveManually(boolean manual) {
        var page = admin.get("/admin/followers");
        var form = manual ? WebClient.form("_csrf", page.csrf(), "manual", "on") : WebClient.form("_csrf", page.csrf());
        assertThat(admin.postForm("/admin/followers/approval", form).status()).isEqualTo(303);
    }

    private static long author(String username) {
        AdminPages.addAuthor(admin, username, "author", username + "-password-1");
        return Long.parseLong(tables.text("select id from account where username = ?", username));
    }

    /** {@code name} (a new remote actor) follows the local actor at {@code actorPath}; the Follow's id. */
    private static String follow(String name, String actorPath) {
        peer.actor(name);
        return followAgain(name, actorPath);
    }

    private static String followAgain(String name, String actorPath) {
        String id = peer.actorId(name) + "/follows/" + UUID.randomUUID();
        String follow = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + id
                + "\",\"type\":\"Follow\",\"actor\":\"" + peer.actorId(name) + "\",\"object\":\""
                + server.url(actorPath) + "\"}";
        assertThat(peer.post(URI.create(server.url(actorPath + "/inbox")), follow, peer.mainKey(name))
                        .statusCode())
                .isEqualTo(202);
        return id;
    }

    private static List<String> subjects(String address) {
        return mailsTo(address).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
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

    private static List<MimeMessage> awaitMails(String address, int count) throws InterruptedException {
        Eventually.await(() -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
    }
}
