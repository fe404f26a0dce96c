package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Mastodon's blocks and mutes CSV uploaded in the reader: a file of the wrong shape stores nothing
 * and says why in one line; a good one blocks or mutes each account, and an account that cannot be
 * found is a line in the report while the others go on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlocksMutesImportIT {
    static KakehashiServer server;
    static WebClient admin;
    static FakeRemote gotosocial;
    static String dave;
    static String daveActor;
    /** A server that refuses connections: nothing there can be looked up. */
    static final String NOBODY = "nobody@127.0.0.1:1";

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Blocks Mutes Import IT", "bea", "bea-password-1");
        gotosocial = FakeRemote.start();
        gotosocial.serveFixture("gts.example/webfinger-dave.json", "/.well-known/webfinger", "application/jrd+json");
        gotosocial.serveFixture("gts.example/users/dave.json", "/users/dave");
        dave = "dave@" + gotosocial.authority();
        daveActor = gotosocial.origin() + "/users/dave";
    }

    @AfterAll
    static void stop() {
        if (gotosocial != null) gotosocial.close();
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void aMutesFileWithABadLineIsRefusedInOneLineAndMutesNobody() {
        var refused = upload("mutes", "Account address,Hide notifications\n" + dave + ",true\nnot an address,true\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#import-mutes .field-error").text())
                .isEqualTo("Nothing was imported: line 3 is not an account address (user@host): \"not an address\".");
        assertThat(mutedAccounts()).isEqualTo("[]");
    }

    @Test
    @Order(2)
    void aFollowsFileUploadedAsMutesOrBlocksIsRefusedAndStoresNothing() {
        String follows = "Account address,Show boosts,Notify on new posts,Languages\n" + dave + ",true,false,\n";

        var asMutes = upload("mutes", follows);
        var asBlocks = upload("blocks", follows);

        assertThat(asMutes.status()).isEqualTo(422);
        assertThat(asMutes.html().selectFirst("#import-mutes .field-error").text())
                .contains("a mutes export starts with the line \"Account address,Hide notifications\"");
        assertThat(asBlocks.status()).isEqualTo(422);
        assertThat(asBlocks.html().selectFirst("#import-blocks .field-error").text())
                .contains("line 1 has 4 columns");
        assertThat(mutedAccounts()).isEqualTo("[]");
        assertThat(admin.get("/admin/blocks").html().select(".block-row")).isEmpty();
    }

    @Test
    @Order(3)
    void aMutesFileMutesEachAccountItCanFindAndReportsTheOthers() {
        var answer = upload("mutes", "Account address,Hide notifications\n" + dave + ",false\n" + NOBODY + ",true\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.html().selectFirst(".notice").text())
                .isEqualTo("Muted: 1. Already muted: 0. Not imported: 1.");
        assertThat(answer.html().select("#import-mutes .import-problems li").text())
                .startsWith("Line 3 (" + NOBODY + "):");
        assertThat(mutedAccounts()).contains("\"url\"").contains(gotosocial.authority());

        var again = upload("mutes", "Account address,Hide notifications\n" + dave + ",false\n");
        assertThat(again.html().selectFirst(".notice").text())
                .isEqualTo("Muted: 0. Already muted: 1. Not imported: 0.");
    }

    @Test
    @Order(4)
    void aBlocksFileBlocksEachAccountForTheBlog() {
        var answer = upload("blocks", dave + "\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.html().selectFirst(".notice").text())
                .isEqualTo("Blocked: 1. Already blocked: 0. Not imported: 0.");
        assertThat(admin.get("/admin/blocks").html().select(".block-row[data-target=" + daveActor + "]"))
                .hasSize(1);

        var again = upload("blocks", "@" + dave + "\n");
        assertThat(again.html().selectFirst(".notice").text())
                .isEqualTo("Blocked: 0. Already blocked: 1. Not imported: 0.");
    }

    /** The accounts the author mutes, as a Mastodon app lists them. */
    private static String mutedAccounts() {
        var api = new MastodonApi(server);
        var app = api.register("Mutes app", "read", "urn:ietf:wg:oauth:2.0:oob");
        String token = api.passwordToken(app, "bea", "bea-password-1", "read");
        var answer = api.get("/api/v1/mutes", token);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().toString();
    }

    private static WebClient.Page upload(String kind, String csv) {
        String action = admin.get("/admin/following")
                .html()
                .selectFirst("#import-" + kind)
                .attr("action");
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", new WebClient.FilePart(kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        return admin.postMultipart(action, parts);
    }
}
