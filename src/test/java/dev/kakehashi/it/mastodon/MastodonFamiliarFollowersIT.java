package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.Eventually;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/accounts/familiar_followers} as Mastodon answers it (issue 14): of an account's
 * followers, those the caller follows. A Fedify peer follows a second author of the blog; it is a
 * familiar follower of that author for the app's author once she follows the peer, not before.
 */
class MastodonFamiliarFollowersIT extends MastodonAccountsFixture {
    @Test
    void aFollowerOfAnotherAuthorIsFamiliarOnceTheCallerFollowsIt() {
        AdminPages.addAuthor(admin, "ren", "author", "ren-password-1");
        String ren = tables.text("select id from account where username = ?", "ren");
        peer.follow(server.url("/actors/" + ren));
        String peerId = peerId();
        Eventually.await(
                () -> ids(get("/api/v1/accounts/" + ren + "/followers").json()).contains(peerId));

        JsonNode before = familiar(ren);
        assertThat(before.get("id").asText()).isEqualTo(ren);
        assertThat(before.get("accounts")).isEmpty();

        followAccepted();
        JsonNode after = familiar(ren);
        assertThat(ids(after.get("accounts"))).containsExactly(peerId);
        assertThat(after.get("accounts").get(0).get("acct").asText()).isEqualTo(peer.acct());
    }

    @Test
    void anUnknownIdIsLeftOutAndNoIdIsAnEmptyList() {
        var a = get("/api/v1/accounts/familiar_followers?id%5B%5D=987654321987");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json()).isEmpty();
        assertThat(get("/api/v1/accounts/familiar_followers").json()).isEmpty();
    }

    private static JsonNode familiar(String id) {
        var a = get("/api/v1/accounts/familiar_followers?id%5B%5D=" + id);
        assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
        assertThat(a.json()).hasSize(1);
        return a.json().get(0);
    }
}
