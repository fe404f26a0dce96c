package dev.kakehashi.federation.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.ActorKey;
import org.junit.jupiter.api.Test;

class ActorRefTest {
    @Test
    void anActorsKeyIsTheOneTheServicesStore() {
        assertThat(ActorRef.author(7).key()).isEqualTo(ActorKey.author(7).text());
        assertThat(ActorRef.BLOG.key()).isEqualTo(ActorKey.BLOG.text());
        assertThat(ActorRef.INSTANCE.key()).isEqualTo(ActorKey.INSTANCE.text());
        assertThat(ActorRef.parseKey("account:7")).hasValue(ActorRef.author(7));
        assertThat(ActorRef.parseKey("blog")).hasValue(ActorRef.BLOG);
        assertThat(ActorRef.parseKey("nobody")).isEmpty();
    }
}
