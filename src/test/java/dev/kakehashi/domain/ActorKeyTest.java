package dev.kakehashi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorKeyTest {
    @Test
    void eachLocalActorIsStoredAsOneTextAndReadBack() {
        assertThat(ActorKey.INSTANCE.text()).isEqualTo("instance");
        assertThat(ActorKey.BLOG.text()).isEqualTo("blog");
        assertThat(ActorKey.author(12).text()).isEqualTo("account:12");
        for (ActorKey key : new ActorKey[] {ActorKey.INSTANCE, ActorKey.BLOG, ActorKey.author(12)}) {
            assertThat(ActorKey.parse(key.text())).hasValue(key);
        }
    }

    @Test
    void anythingElseNamesNoLocalActor() {
        assertThat(ActorKey.parse(null)).isEmpty();
        assertThat(ActorKey.parse("account:")).isEmpty();
        assertThat(ActorKey.parse("account:x")).isEmpty();
        assertThat(ActorKey.parse("Blog")).isEmpty();
        assertThat(ActorKey.parse("https://remote.example/users/bob")).isEmpty();
    }
}
