package dev.kakehashi.domain;

import java.time.Instant;

/** A post's content as received; {@code contentHtml} is already sanitized. */
public record RemotePostContent(
        String uri,
        String actorUri,
        String type,
        String url,
        String name,
        String contentHtml,
        String summary,
        Instant published,
        Instant updated) {}
