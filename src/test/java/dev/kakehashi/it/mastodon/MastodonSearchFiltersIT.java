package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.MastodonApi;
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
    static FedifyPeer followed;
    static FedifyPeer stranger;
    static AppAuthor sai;
    static MastodonApi http;
    static String token;
    static String ren;
    static String followedId;
    static String strangerId;

    @BeforeAll
    static void start() {
        followed = FedifyPeer.start();
        stranger = FedifyPeer.start();
        sai = AppAuthor.start("Search IT", "sai", "sai-password-1");
        http = sai.http;
        token = sai.token;
        ren = sai.addAuthor("ren", "ren-password-1");
        strangerId = sai.resolve(stranger);
        followedId = sai.followAccepted(followed);
    }

    @AfterAll
    static void stop() {
        if (followed != null) followed.close();
        if (stranger != null) stranger.close();
        if (sai != null) sai.close();
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
        String saiId = sai.id;
        String renId = sai.tables.text("select id from account where username = ?", "ren");
        assertThat(ids(ok(http.get("/api/v2/search?type=statuses&q=marmalade", token))
                        .get("statuses")))
                .containsExactly(theirs, mine);
        assertThat(ids(ok(http.get("/api/v2/search?type=statuses&q=marmalade&account_id=" + saiId, token))
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
        assertThat(link).contains("rel=\"next\"").contains("rel=\"prev\"").startsWith("<" + sai.server.baseUrl());
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
        return url.substring(sai.server.baseUrl().length());
    }
}
