package dev.kakehashi.service;

import dev.kakehashi.domain.PostKind;
import java.util.List;

/**
 * What an author submits for a post, unchecked.
 *
 * @param tags as typed: "#java, travel"
 * @param coverId an image the author uploaded, or null
 * @param attachmentIds images shown with a short post, in order
 * @param commentsClosed replies from the fediverse are refused and the page says so
 * @param inReplyTo the id of a remote post this one answers (set when it is created), or blank
 */
public record PostInput(
        PostKind kind,
        String title,
        String slug,
        String body,
        String excerpt,
        String tags,
        Long coverId,
        List<Long> attachmentIds,
        boolean commentsClosed,
        String inReplyTo) {}
