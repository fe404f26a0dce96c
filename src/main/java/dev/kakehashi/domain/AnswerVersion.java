package dev.kakehashi.domain;

import java.time.Instant;

/**
 * One earlier version of an author's answer to a comment (the answer_version table): what an edit
 * replaced (its HTML, content warning or null, and sensitive flag) and when that version was made.
 */
public record AnswerVersion(String contentHtml, String summary, boolean sensitive, Instant at) {}
