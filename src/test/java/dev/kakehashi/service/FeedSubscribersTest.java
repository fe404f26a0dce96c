package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedSubscribersTest {
    @Test
    void readersThatCountTheirSubscribersAreRecognised() {
        assertThat(FeedSubscribers.parse(
                        "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 16 subscribers; like FeedFetcher-Google)"))
                .contains(new FeedSubscribers.Reading("Feedly", 16));
        assertThat(FeedSubscribers.parse("Inoreader/1.0 (+http://www.inoreader.com/feed-fetcher; 1 subscriber; )"))
                .contains(new FeedSubscribers.Reading("Inoreader", 1));
        assertThat(FeedSubscribers.parse(
                        "NewsBlur Feed Fetcher - 3 subscribers - http://www.newsblur.com/site/123/blog (Mozilla/5.0)"))
                .contains(new FeedSubscribers.Reading("NewsBlur", 3));
    }

    @Test
    void otherUserAgentsAreNotCounted() {
        assertThat(FeedSubscribers.parse("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"))
                .isEmpty();
        assertThat(FeedSubscribers.parse("Tiny Tiny RSS/22.08 (http://tt-rss.org/)"))
                .isEmpty();
        assertThat(FeedSubscribers.parse("Reader/2.0 (version 1.5 subscribers)"))
                .isEmpty();
        assertThat(FeedSubscribers.parse(null)).isEmpty();
    }
}
