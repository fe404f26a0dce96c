package dev.kakehashi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockedDomainTest {
    @Test
    void whatAnAdminTypesIsStoredAsALowerCaseAsciiDomain() {
        assertThat(BlockedDomain.normalize(" Spam.Example. ")).contains("spam.example");
        assertThat(BlockedDomain.normalize("https://spam.example/about/more")).contains("spam.example");
        assertThat(BlockedDomain.normalize("@someone@Spam.Example")).contains("spam.example");
        assertThat(BlockedDomain.normalize("bücher.example")).contains("xn--bcher-kva.example");
        assertThat(BlockedDomain.normalize("127.0.0.1:8080")).contains("127.0.0.1:8080");
    }

    @Test
    void whatIsNotADomainIsRefused() {
        assertThat(BlockedDomain.normalize("")).isEmpty();
        assertThat(BlockedDomain.normalize("spam example")).isEmpty();
        assertThat(BlockedDomain.normalize("spam.example/%")).isEmpty();
        assertThat(BlockedDomain.normalize("-spam.example")).isEmpty();
        assertThat(BlockedDomain.normalize(null)).isEmpty();
    }

    @Test
    void aDomainBlockCoversItsSubdomainsOnAnyPortButNotLookalikes() {
        assertThat(BlockedDomain.covers("spam.example", "spam.example")).isTrue();
        assertThat(BlockedDomain.covers("spam.example", "media.spam.example")).isTrue();
        assertThat(BlockedDomain.covers("spam.example", "SPAM.example:8443")).isTrue();
        assertThat(BlockedDomain.covers("spam.example", "notspam.example")).isFalse();
        assertThat(BlockedDomain.covers("spam.example", "spam.example.org")).isFalse();
    }

    @Test
    void aBlockWithAPortCoversExactlyThatAuthority() {
        assertThat(BlockedDomain.covers("127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(BlockedDomain.covers("127.0.0.1:8080", "127.0.0.1:8081")).isFalse();
        assertThat(BlockedDomain.covers("127.0.0.1:8080", "127.0.0.1")).isFalse();
    }
}
