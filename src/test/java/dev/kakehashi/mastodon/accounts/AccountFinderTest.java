package dev.kakehashi.mastodon.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountFinderTest {
    @Test
    void handlesWithOrWithoutTheAtAndWithAPortAreHandles() {
        assertThat(AccountFinder.isHandle("@alice@social.example")).isTrue();
        assertThat(AccountFinder.isHandle("alice@127.0.0.1:8080")).isTrue();
        assertThat(AccountFinder.isHandle("alice")).isFalse();
        assertThat(AccountFinder.isHandle("alice smith@x")).isFalse();
        assertThat(AccountFinder.isHandle("https://social.example/@alice")).isFalse();
        assertThat(AccountFinder.isUrl("https://social.example/@alice")).isTrue();
    }
}
