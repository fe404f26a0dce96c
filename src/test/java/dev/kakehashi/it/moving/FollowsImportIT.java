package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mastodon's follows CSV uploaded in the reader: good lines followed, bad ones reported, size bounded. */
class FollowsImportIT {
    static KakehashiServer server;
    static WebClient admin;
    static FakeRemote gotosocial;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Follows Import IT", "ima", "ima-password-1");
        gotosocial = FakeRemote.start();
        gotosocial.serveFixture("gts.example/webfinger-dave.json", "/.well-known/webfinger", "application/jrd+json");
        gotosocial.serveFixture("gts.example/users/dave.json", "/users/dave");
    }

    @AfterAll
    static void stop() {
        if (gotosocial != null) gotosocial.close();
        if (server != null) server.close();
    }

    @Test
    void eachAddressIsFollowedAndBadLinesAreReportedWithoutStoppingTheRest() {
        String dave = "dave@" + gotosocial.authority();
        String csv = "Account address,Show boosts,Notify on new posts,Languages\n"
                + "not an address,true,false,\n"
                + dave + ",true,false,\n"
                + dave + ",true,false,en\n";

        var answer = upload(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var page = answer.html();
        assertThat(page.selectFirst(".notice").text())
                .isEqualTo("Follow requests sent: 1. Already followed: 1. Not followed: 1.");
        assertThat(page.select(".import-problems li").text())
                .startsWith("Line 2 (not an address):")
                .contains("is not a handle");
        var row = admin.get("/admin/following")
                .html()
                .selectFirst(".following-row[data-actor=" + gotosocial.origin() + "/users/dave]");
        assertThat(row).isNotNull();
        assertThat(row.attr("data-state")).isEqualTo("PENDING");
    }

    @Test
    void aFileOverTheBoundOrWithoutAddressesIsRefusedWithAReason() {
        byte[] big = ("a@b.example,true,false,\n".repeat(3000)).getBytes(StandardCharsets.UTF_8);
        var tooBig = upload(big);
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.html().selectFirst("#import-follows .field-error").text())
                .contains("over 64 KiB");

        var empty =
                upload("Account address,Show boosts,Notify on new posts,Languages\n".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().selectFirst("#import-follows .field-error").text())
                .contains("no account address");
    }

    private static WebClient.Page upload(byte[] csv) {
        // As the page's form sends it: a multipart form carries its CSRF token in the query.
        String action = admin.get("/admin/following")
                .html()
                .selectFirst("#import-follows")
                .attr("action");
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", new WebClient.FilePart("following_accounts.csv", "text/csv", csv));
        return admin.postMultipart(action, parts);
    }
}
