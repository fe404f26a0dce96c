package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.error.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** A former account typed as a URL is refused when it is on this blog, however the URL is written. */
class AliasOwnUrlTest {
    private final Links links = new Links(URI.create("https://blog.example"));
    // Only https URLs are typed here, so neither storage nor the handle resolver is reached.
    private final AliasService aliases = new AliasService(null, null, null, null, links, Clock.systemUTC());

    @Test
    void ourOwnActorIsRefusedInAnyCaseOrWithTheDefaultPort() {
        for (String typed : new String[] {
            links.authorActor(3),
            "https://BLOG.example/actors/3",
            "https://blog.example:443/actors/blog",
            "https://blog.example"
        }) {
            assertThatThrownBy(() -> aliases.parse(typed))
                    .as(typed)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("is on this blog");
        }
    }

    @Test
    void aLookalikeHostOrAnotherPortIsAnotherServer() {
        assertThat(aliases.parse("https://blog.example.evil/users/ana https://blog.example:8443/users/ana"))
                .containsExactly("https://blog.example.evil/users/ana", "https://blog.example:8443/users/ana");
    }
}
