package dev.kakehashi.domain;

import java.util.List;
import java.util.Set;

/** What an author wrote, already checked: the fields {@link Post#write} records. */
public record PostContent(
        String title,
        String slug,
        String bodyMarkdown,
        String excerpt,
        Media cover,
        Set<String> tags,
        List<Media> attachments) {}
