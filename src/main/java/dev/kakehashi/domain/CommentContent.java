package dev.kakehashi.domain;

import java.time.Instant;

/** A comment's content as received; {@code contentHtml} already sanitized, attachments as JSON. */
public record CommentContent(
        String contentHtml, String summary, boolean sensitive, String attachmentsJson, Instant updated) {}
