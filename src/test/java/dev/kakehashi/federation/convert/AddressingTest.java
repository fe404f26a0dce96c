package dev.kakehashi.federation.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Visibility;
import dev.kakehashi.federation.vocab.Contexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mastodon's to/cc table (INTEROP A7.1), one visibility per test. */
class AddressingTest {
    static final String FOLLOWERS = "https://blog.example/actors/1/followers";
    static final String BOB = "https://m.example/users/bob";

    @Test
    void publicGoesToPublicWithFollowersAndMentionsInCc() {
        Addressing a = Addressing.of(Visibility.PUBLIC, FOLLOWERS, List.of(BOB));
        assertThat(a.to()).containsExactly(Contexts.PUBLIC);
        assertThat(a.cc()).containsExactly(FOLLOWERS, BOB);
    }

    @Test
    void unlistedGoesToFollowersWithPublicInCc() {
        Addressing a = Addressing.of(Visibility.UNLISTED, FOLLOWERS, List.of(BOB));
        assertThat(a.to()).containsExactly(FOLLOWERS);
        assertThat(a.cc()).containsExactly(Contexts.PUBLIC, BOB);
    }

    @Test
    void followersOnlyNamesNoPublicAnywhere() {
        Addressing a = Addressing.of(Visibility.PRIVATE, FOLLOWERS, List.of(BOB));
        assertThat(a.to()).containsExactly(FOLLOWERS);
        assertThat(a.cc()).containsExactly(BOB);
    }

    @Test
    void directGoesToTheMentionedOnlyEachOnce() {
        Addressing a = Addressing.of(Visibility.DIRECT, FOLLOWERS, List.of(BOB, BOB));
        assertThat(a.to()).containsExactly(BOB);
        assertThat(a.cc()).isEmpty();
    }
}
