package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LogCapture;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.MultipartBody;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.mastodon.MastodonMediaIT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An owner moves a blog from H2 to PostgreSQL with one setting, KAKEHASHI_IMPORT_H2: the post with
 * its image and comment, the follower, the sign-in and the app's token all come along; a second
 * start with the setting still there changes nothing; a PostgreSQL database that holds a blog is
 * refused with one line. Always H2 in and PostgreSQL out, whichever database the suite runs on.
 */
class MoveToPostgresIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anH2BlogMovesIntoAnEmptyPostgresDatabaseOnceAndNeverIntoAFullOne() throws Exception {
        String target = createPostgresDatabase();
        String full = createPostgresDatabase();
        try (KakehashiServer old = KakehashiServer.fresh();
                SigningPeer peer = new SigningPeer()) {
            old.with("db.url", h2Url(old)).with("db.user", "sa").start();
            WebClient admin = new WebClient(old).setUpAndLogIn("Moving blog", "mika", "mika-password-1");
            AdminPages.publishCommentsAtOnce(admin);
            MastodonApi oldApi = new MastodonApi(old);
            MastodonApi.App app = oldApi.register("Move IT", "read write", "urn:ietf:wg:oauth:2.0:oob");
            String token = oldApi.passwordToken(app, "mika", "mika-password-1", "read write");
            byte[] png = MastodonMediaIT.png(90);
            MultipartBody body =
                    MultipartBody.of(Map.of("file", new WebClient.FilePart("harbour.png", "image/png", png)));
            MastodonApi.Answer media = oldApi.send(oldApi.request("/api/v2/media", token)
                    .header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
            assertThat(media.status()).as(media.raw().body()).isEqualTo(200);
            MastodonApi.Answer status = oldApi.method(
                    "POST",
                    "/api/v1/statuses",
                    token,
                    "application/x-www-form-urlencoded",
                    "status=" + MastodonApi.enc("Leaving the old harbour") + "&media_ids%5B%5D="
                            + media.json().get("id").asText());
            assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
            String post = status.json().get("id").asText();
            sendReply(peer, old, post, "<p>Safe travels!</p>");
            Eventually.await(() -> comments(old, post).contains("Safe travels!"));
            String scheduled = admin.compose(
                    "note",
                    "schedule",
                    "body",
                    "Postcard from the crossing",
                    "scheduledAt",
                    "2099-01-01T10:00",
                    "tzOffset",
                    "0");
            old.stop();
            try (Connection c = h2(old)) {
                Followers.add(
                        c,
                        Followers.actorRef(c, "mika"),
                        "https://far.example/users/ren",
                        "https://far.example/users/ren/inbox",
                        null);
                // Its time comes while the blog moves: Quartz's trigger stays behind, the post still publishes.
                try (var due = c.prepareStatement("update post set scheduled_at = ? where id = ?")) {
                    due.setObject(1, java.time.OffsetDateTime.now().minusMinutes(1));
                    due.setLong(2, Long.parseLong(scheduled));
                    assertThat(due.executeUpdate()).isEqualTo(1);
                }
            }

            try (KakehashiServer moved = KakehashiServer.fresh();
                    LogCapture log = LogCapture.kakehashi()) {
                moved.with("db.url", target).with("db.user", TestDatabase.PG_USER);
                moved.with("import.h2", old.dataDir().toString()).start();
                assertThat(log.text())
                        .contains("Moved the blog from the H2 database in " + old.dataDir())
                        .contains("(1 accounts, 2 posts, 1 comments, 1 followers, 1 media), ")
                        .contains("Kakehashi is up")
                        .doesNotContain("STACK TRACE");

                moved.runDueJobs();
                assertThat(new WebClient(moved).get("/").body()).contains("Postcard from the crossing");
                String page = new WebClient(moved).get("/posts/" + post).body();
                assertThat(page).contains("Leaving the old harbour");
                assertThat(comments(moved, post)).contains("Safe travels!");
                String image = new WebClient(moved)
                        .get("/posts/" + post)
                        .html()
                        .select("img[src*=/media/]")
                        .attr("src");
                assertThat(image).isNotEmpty();
                var served = new WebClient(moved).get(image);
                assertThat(served.status()).isEqualTo(200);

                MastodonApi api = new MastodonApi(moved);
                JsonNode me =
                        api.get("/api/v1/accounts/verify_credentials", token).json();
                assertThat(me.get("followers_count").asInt()).isEqualTo(1);
                assertThat(me.get("statuses_count").asInt()).isEqualTo(2);
                new WebClient(moved).logIn("mika", "mika-password-1");
                String fresh = api.passwordToken(app, "mika", "mika-password-1", "read write");
                MastodonApi.Answer next = api.method(
                        "POST",
                        "/api/v1/statuses",
                        fresh,
                        "application/x-www-form-urlencoded",
                        "status=" + MastodonApi.enc("Arrived in the new harbour"));
                assertThat(next.status()).as(next.raw().body()).isEqualTo(200);
                assertThat(new WebClient(moved).get("/").body())
                        .contains("Arrived in the new harbour")
                        .contains("Leaving the old harbour");
                moved.stop();

                int linesBefore = log.text().split("\n").length;
                moved.start();
                String second =
                        String.join("\n", log.text().lines().skip(linesBefore).toList());
                assertThat(second)
                        .contains(
                                "KAKEHASHI_IMPORT_H2: this database already holds the blog moved from " + old.dataDir())
                        .contains("Kakehashi is up")
                        .doesNotContain("Moved the blog");
                assertThat(api.get("/api/v1/accounts/verify_credentials", token)
                                .json()
                                .get("statuses_count")
                                .asInt())
                        .isEqualTo(3);
            }

            try (KakehashiServer other = KakehashiServer.fresh()) {
                other.with("db.url", full).with("db.user", TestDatabase.PG_USER);
                other.with("admin.username", "sora")
                        .with("admin.password", "sora-password-1")
                        .start();
                new WebClient(other).get("/").body();
                other.stop();
                try (LogCapture log = LogCapture.kakehashi()) {
                    other.with("import.h2", old.dataDir().toString()).start();
                    assertThat(log.text())
                            .contains("Kakehashi cannot start: Setting KAKEHASHI_IMPORT_H2 (kakehashi.import.h2) cannot"
                                    + " move the blog in " + old.dataDir())
                            .contains("already holds a blog; give an empty database")
                            .doesNotContain("STACK TRACE");
                }
                assertThat(new WebClient(other).get("/").status()).isEqualTo(503);
                other.stop();
                other.with("import.h2", "");
                // Without the setting, the refused database still holds its own blog, untouched.
                try (LogCapture log = LogCapture.kakehashi()) {
                    other.start();
                    assertThat(log.text()).contains("Kakehashi is up");
                }
                new WebClient(other).logIn("sora", "sora-password-1");
                assertThat(new WebClient(other).get("/").body()).doesNotContain("Leaving the old harbour");
            }
        } finally {
            dropPostgresDatabase(target);
            dropPostgresDatabase(full);
        }
    }

    /**
     * A row PostgreSQL refuses (text with a NUL character, which H2 stores) stops the move half-way:
     * one line, and the PostgreSQL database and new data folder are left as they were, so the next
     * start, once the row is mended, moves the blog.
     */
    @Test
    void aMoveThatFailsHalfWayKeepsNothingAndCanBeRunAgain() throws Exception {
        String target = createPostgresDatabase();
        try (KakehashiServer old = KakehashiServer.fresh();
                KakehashiServer moved = KakehashiServer.fresh()) {
            old.with("db.url", h2Url(old)).with("db.user", "sa");
            old.with("admin.username", "noa")
                    .with("admin.password", "noa-password-1")
                    .start();
            old.stop();
            Path upload = Files.createDirectories(old.dataDir().resolve("media").resolve("ab"));
            Files.write(upload.resolve("kept-back.png"), MastodonMediaIT.png(20));
            try (Connection c = h2(old);
                    Statement s = c.createStatement()) {
                s.executeUpdate("insert into site_setting (name, setting_value) values ('broken', 'a' || char(0))");
            }
            moved.with("db.url", target).with("db.user", TestDatabase.PG_USER);
            moved.with("import.h2", old.dataDir().toString());
            try (LogCapture log = LogCapture.kakehashi()) {
                moved.start();
                assertThat(log.text())
                        .contains("Kakehashi cannot start: Setting KAKEHASHI_IMPORT_H2: moving the blog from "
                                + old.dataDir() + " failed, nothing was kept: a row of table site_setting was refused:"
                                + " ERROR: invalid byte sequence for encoding \"UTF8\": 0x00")
                        .doesNotContain("insert into")
                        .doesNotContain("STACK TRACE");
            }
            assertThat(new WebClient(moved).get("/").status()).isEqualTo(503);
            assertThat(postgresCount(target, "select count(*) from account")).isZero();
            assertThat(postgresCount(target, "select count(*) from h2_move")).isZero();
            assertThat(moved.dataDir().resolve("media").resolve("ab").resolve("kept-back.png"))
                    .doesNotExist();
            moved.stop();

            try (Connection c = h2(old);
                    Statement s = c.createStatement()) {
                s.executeUpdate("delete from site_setting where name = 'broken'");
            }
            try (LogCapture log = LogCapture.kakehashi()) {
                moved.start();
                assertThat(log.text()).contains("(1 accounts, 0 posts, 0 comments, 0 followers, 0 media), 1 files");
            }
            new WebClient(moved).logIn("noa", "noa-password-1");
            assertThat(moved.dataDir().resolve("media").resolve("ab").resolve("kept-back.png"))
                    .exists();
        } finally {
            dropPostgresDatabase(target);
        }
    }

    private static long postgresCount(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.PG_USER, "");
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String h2Url(KakehashiServer server) {
        return "jdbc:h2:file:" + server.dataDir().resolve("db").resolve("kakehashi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static Connection h2(KakehashiServer server) throws SQLException {
        var props = new java.util.Properties();
        props.setProperty("user", "sa");
        props.setProperty("password", "");
        return new org.h2.Driver().connect(h2Url(server), props);
    }

    private static String comments(KakehashiServer server, String post) {
        return new WebClient(server)
                .get("/posts/" + post, "text/html")
                .html()
                .select("#comments li.comment")
                .text();
    }

    /** Alice on a remote server replies to the post, as Mastodon delivers a reply. */
    private static void sendReply(SigningPeer peer, KakehashiServer server, String post, String html) {
        String alice = peer.actor("alice");
        ObjectNode note = JSON.createObjectNode();
        note.put("id", alice + "/statuses/1");
        note.put("type", "Note");
        note.put("attributedTo", alice);
        note.put("inReplyTo", server.url("/posts/" + post));
        note.put("content", html);
        note.put("published", "2026-06-01T10:00:00Z");
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        note.putArray("cc").add(server.url("/actors/blog"));
        ObjectNode create = JSON.createObjectNode();
        create.put("@context", "https://www.w3.org/ns/activitystreams");
        create.put("id", alice + "/statuses/1/activity");
        create.put("type", "Create");
        create.put("actor", alice);
        create.set("object", note);
        SigningPeer.Answer answer =
                peer.post(URI.create(server.url("/inbox")), create.toString(), peer.mainKey("alice"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    private static String createPostgresDatabase() throws SQLException {
        String name = "kk_move_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("create database " + name);
        return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    private static void dropPostgresDatabase(String url) throws SQLException {
        admin("drop database if exists " + url.substring(url.lastIndexOf('/') + 1) + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        DriverManager.registerDriver(new org.postgresql.Driver());
        try (Connection c = DriverManager.getConnection(TestDatabase.PG_ADMIN_URL, TestDatabase.PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
