package dev.kakehashi.domain;

import java.time.Instant;

/**
 * One earlier version of a post received from elsewhere (the remote_post_version table): what an
 * Update replaced (its name, HTML, content warning and sensitive flag) and since when it showed.
 */
public record RemotePostVersion(String name, String contentHtml, String summary, boolean sensitive, Instant at) {}
