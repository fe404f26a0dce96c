package dev.kakehashi.mastodon.convert;

import static dev.kakehashi.mastodon.convert.Fixtures.LINKS;
import static dev.kakehashi.mastodon.convert.Fixtures.T0;
import static dev.kakehashi.mastodon.convert.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.RemoteActor;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountToEntityTest {
    static final List<String> ACCOUNT_FIELDS = List.of(
            "id",
            "username",
            "acct",
            "url",
            "uri",
            "display_name",
            "note",
            "avatar",
            "avatar_static",
            "header",
            "header_static",
            "locked",
            "bot",
            "group",
            "discoverable",
            "indexable",
            "created_at",
            "last_status_at",
            "statuses_count",
            "followers_count",
            "following_count",
            "fields",
            "emojis",
            "hide_collections",
            "noindex");

    @Test
    void aLocalAuthorIsAnAccountWithABareAcctAndPlaceholderImages() {
        JsonNode a = json(Fixtures.ACCOUNT);
        assertThat(a.fieldNames()).toIterable().containsAll(ACCOUNT_FIELDS);
        assertThat(a.get("id").asText()).isEqualTo("7");
        assertThat(a.get("acct").asText()).isEqualTo("ann");
        assertThat(a.get("url").asText()).isEqualTo("https://blog.example/@ann");
        assertThat(a.get("uri").asText()).isEqualTo("https://blog.example/actors/7");
        assertThat(a.get("avatar").asText()).startsWith("https://blog.example/");
        assertThat(a.get("header").asText()).startsWith("https://blog.example/");
        assertThat(a.get("created_at").asText()).isEqualTo("2026-03-04T00:00:00.000Z");
        assertThat(a.get("fields").isArray()).isTrue();
        assertThat(a.get("statuses_count").asLong()).isEqualTo(3);
        assertThat(a.get("last_status_at").asText()).isEqualTo("2026-03-04");
    }

    @Test
    void aRemoteActorIsAnAccountWithUserAtHost() {
        RemoteActor bob = new RemoteActor(555, "https://social.example/users/bob", "social.example");
        bob.update(
                new RemoteActor.Profile(
                        "Person",
                        "bob",
                        "Bob B.",
                        "<p>hi</p>",
                        "https://social.example/@bob",
                        "https://social.example/bob.png",
                        "https://social.example/users/bob/inbox",
                        null,
                        null,
                        null,
                        null,
                        true),
                T0);
        JsonNode a = json(new AccountToEntity(LINKS).remote(bob));
        assertThat(a.fieldNames()).toIterable().containsAll(ACCOUNT_FIELDS);
        assertThat(a.get("id").asText()).isEqualTo("555");
        assertThat(a.get("acct").asText()).isEqualTo("bob@social.example");
        assertThat(a.get("display_name").asText()).isEqualTo("Bob B.");
        assertThat(a.get("avatar").asText()).isEqualTo("https://social.example/bob.png");
        assertThat(a.get("url").asText()).isEqualTo("https://social.example/@bob");
        assertThat(a.get("locked").asBoolean()).isTrue();
    }

    @Test
    void anUncachedAuthorIsStillAnAccount() {
        JsonNode a = json(new AccountToEntity(LINKS).unknownRemote("https://far.example/users/eve"));
        assertThat(a.get("acct").asText()).isEqualTo("eve@far.example");
        assertThat(a.get("avatar").isNull()).isFalse();
    }
}
