package dev.kakehashi.it.moving;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settings → Export gives an author's follows and followers in Mastodon's CSV formats: a Fedify peer
 * that really followed is in the followers file, an account followed by handle in the follows file.
 */
class FollowsExportIT {
    static KakehashiServer server;
    static WebClient admin;
    static FedifyPeer peer;
    static FakeRemote gotosocial;

    @BeforeAll
    static void start() {
        peer = FedifyPeer.start();
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Follows IT", "kai", "kai-password-1");
        gotosocial = FakeRemote.start();
        gotosocial.serveFixture("gts.example/webfinger-dave.json", "/.well-known/webfinger", "application/jrd+json");
        gotosocial.serveFixture("gts.example/users/dave.json", "/users/dave");
    }

    @AfterAll
    static void stop() {
        if (gotosocial != null) gotosocial.close();
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static List<CSVRecord> csv(String path, CSVFormat format) {
        HttpResponse<byte[]> r = admin.download(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        try {
            return format.parse(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))
                    .getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void followsAreMastodonsFollowsCsvAndFollowersOneAddressPerLine() {
        String followed = "@dave@" + gotosocial.authority();
        var page = admin.get("/admin/following");
        assertThat(admin.postForm("/admin/following", form("_csrf", page.csrf(), "target", followed))
                        .status())
                .isEqualTo(303);
        String actor = WordPressImportIT.actorOf(new ApJsonClient(server), "kai");
        peer.follow(actor);
        Eventually.await(() ->
                !csv("/admin/settings/export/followers.csv", CSVFormat.DEFAULT).isEmpty());

        List<CSVRecord> following = csv(
                "/admin/settings/export/following.csv",
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .build());
        assertThat(following).hasSize(1);
        CSVRecord row = following.get(0);
        assertThat(new String(
                        admin.download("/admin/settings/export/following.csv").body(), StandardCharsets.UTF_8))
                .as("Mastodon's header, Unix line ends")
                .startsWith("Account address,Show boosts,Notify on new posts,Languages\n");
        assertThat(row.get("Account address")).isEqualTo(followed.substring(1));
        assertThat(row.get("Show boosts")).isEqualTo("true");

        List<CSVRecord> followers = csv("/admin/settings/export/followers.csv", CSVFormat.DEFAULT);
        assertThat(followers).hasSize(1);
        assertThat(followers.get(0).values()).containsExactly(peer.acct());
        assertThat(csv("/admin/settings/export/followers.csv?of=blog", CSVFormat.DEFAULT))
                .as("nobody follows the blog actor")
                .isEmpty();
    }
}
