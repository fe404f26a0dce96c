package dev.kakehashi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two real Fedify peers, one followed: search with {@code following=true} finds only the followed
 * one, {@code account_id} narrows statuses to one author's; the block list pages by its Link
 * header, one block a page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MastodonSearchFiltersIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static FedifyPeer followed;
    static FedifyPeer stranger;
    static MastodonApi http;
    static String token;
    static String ren;
    static String authorActor;
    static String followedId;
    static String strangerId;

    @BeforeAll
    static void start() {
        followed = FedifyPeer.start();
        stranger = FedifyPeer.start();
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Search IT", "sai", "sai-password-1");
        authorActor = server.url("/actors/" + tables.text("select id from account where username = ?", "sai"));
        var authors = admin.get("/admin/authors");
        var made = admin.postForm(
                "/admin/authors",
                WebClient.form(
                        "_csrf", authors.csrf(),
                        "username", "ren",
                        "email", "ren@example.com",
                        "displayName", "Ren",
                        "password", "ren-password-1",
                        "role", "author"));
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        http = new MastodonApi(server);
        MastodonApi.App app = http.register("Search IT", "read write follow", "urn:ietf:wg:oauth:2.0:oob");
        token = http.passwordToken(app, "sai", "sai-password-1", "read write follow");
        ren = http.passwordToken(app, "ren", "ren-password-1", "read write follow");
        followedId = resolve(followed);
        strangerId = resolve(stranger);
        assertThat(http.postJson("/api/v1/accounts/" + followedId + "/follow", token, Map.of())
                        .status())
                .isEqualTo(200);
        JsonNode follow =
                followed.awaitReceived(a -> "Follow".equals(a.get("type").asText()), PATIENCE);
        FedifyPeer.Delivery accept = followed.send(
                authorActor, Map.of("type", "Accept", "object", follow.get("id").asText()), FedifyPeer.Spec.RFC_9421);
        assertThat(accept.status()).as(accept.body()).isLessThan(300);
        Eventually.await(() -> http.get("/api/v1/accounts/relationships?id=" + followedId, token)
                .json()
                .get(0)
                .get("following")
                .asBoolean());
    }

    @AfterAll
    static void stop() {
        if (followed != null) followed.close();
        if (stranger != null) stranger.close();
        if (server != null) server.close();
    }

    static String resolve(FedifyPeer peer) {
        MastodonApi.Answer found =
                http.get("/api/v2/search?type=accounts&resolve=true&q=" + MastodonApi.enc("@" + peer.acct()), token);
        assertThat(found.json().get("accounts")).as(found.raw().body()).hasSize(1);
        return found.json().get("accounts").get(0).get("id").asText();
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    static JsonNode ok(MastodonApi.Answer a) {
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        return a.json();
    }

    @Test
    @Order(1)
    void followingTrueFindsOnlyTheAccountsTheAuthorFollows() {
        assertThat(ids(ok(http.get("/api/v2/search?type=accounts&q=peer", token))
                        .get("accounts")))
                .containsExactlyInAnyOrder(followedId, strangerId);
        assertThat(ids(ok(http.get("/api/v2/search?type=accounts&following=true&q=peer", token))
                        .get("accounts")))
                .containsExactly(followedId);
        assertThat(ids(ok(http.get("/api/v1/accounts/search?following=true&q=peer", token))))
                .containsExactly(followedId);
        assertThat(ids(ok(http.get("/api/v1/accounts/search?q=peer", token))))
                .containsExactlyInAnyOrder(followedId, strangerId);
        // Fellow authors share the blog and are not followed.
        assertThat(ok(http.get("/api/v1/accounts/search?following=true&q=ren", token)))
                .isEmpty();
        assertThat(ok(http.get("/api/v1/accounts/search?q=ren", token))).hasSize(1);
    }

    @Test
    @Order(2)
    void accountIdNarrowsStatusesToThatAccount() {
        String mine = ok(http.postJson("/api/v1/statuses", token, Map.of("status", "Marmalade on toast, says Sai")))
                .get("id")
                .asText();
        String theirs = ok(http.postJson("/api/v1/statuses", ren, Map.of("status", "Marmalade is too bitter")))
                .get("id")
                .asText();
        String sai = tables.text("select id from account where username = ?", "sai");
        String renId = tables.text("select id from account where username = ?", "ren");
        assertThat(ids(ok(http.get("/api/v2/search?type=statuses&q=marmalade", token))
                        .get("statuses")))
                .containsExactly(theirs, mine);
        assertThat(ids(ok(http.get("/api/v2/search?type=statuses&q=marmalade&account_id=" + sai, token))
                        .get("statuses")))
                .containsExactly(mine);
        assertThat(ids(ok(http.get("/api/v2/search?q=marmalade&account_id=" + renId, token))
                        .get("statuses")))
                .containsExactly(theirs);
        assertThat(ok(http.get("/api/v2/search?q=marmalade&account_id=" + followedId, token))
                        .get("statuses"))
                .as("the blog searches only its own posts")
                .isEmpty();
        MastodonApi.Answer bad = http.get("/api/v2/search?q=marmalade&account_id=abc", token);
        assertThat(bad.status()).as(bad.raw().body()).isBetween(400, 499);
        assertThat(bad.json().get("error").asText()).isNotBlank();
    }

    @Test
    @Order(3)
    void theBlockListPagesInLinkHeaders() {
        ok(http.postJson("/api/v1/accounts/" + strangerId + "/block", token, Map.of()));
        ok(http.postJson("/api/v1/accounts/" + followedId + "/block", token, Map.of()));
        assertThat(ids(ok(http.get("/api/v1/blocks", token)))).containsExactly(followedId, strangerId);

        MastodonApi.Answer first = http.get("/api/v1/blocks?limit=1", token);
        assertThat(ids(ok(first))).containsExactly(followedId);
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"").contains("rel=\"prev\"").startsWith("<" + server.baseUrl());
        MastodonApi.Answer second = http.get(relative(next(link)), token);
        assertThat(ids(ok(second))).containsExactly(strangerId);
        assertThat(ok(http.get(relative(next(second.header("Link"))), token))).isEmpty();
        // Reading back up from the older one: the newer one.
        assertThat(ids(ok(http.get(relative(prev(second.header("Link"))), token))))
                .containsExactly(followedId);
    }

    static String next(String link) {
        return target(link, "next");
    }

    static String prev(String link) {
        return target(link, "prev");
    }

    static String target(String link, String rel) {
        for (String part : link.split(",")) {
            if (part.contains("rel=\"" + rel + "\"")) {
                return part.substring(part.indexOf('<') + 1, part.indexOf('>'));
            }
        }
        throw new AssertionError("no " + rel + " in " + link);
    }

    static String relative(String url) {
        return url.substring(server.baseUrl().length());
    }
}
