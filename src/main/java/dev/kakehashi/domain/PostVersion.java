package dev.kakehashi.domain;

import java.time.Instant;
import java.util.List;

/**
 * One stored version of a local post's edit history (the post_edit table): its title (articles),
 * rendered body, images in order, whether they were marked sensitive, its content warning (null
 * for none), and when it was written.
 */
public record PostVersion(
        String title, String bodyHtml, List<Long> mediaIds, boolean sensitive, String contentWarning, Instant at) {}
