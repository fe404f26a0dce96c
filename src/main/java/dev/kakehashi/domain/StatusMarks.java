package dev.kakehashi.domain;

import java.util.Map;
import java.util.Set;

/**
 * A page of statuses' counts and its viewer's marks: each blog post's reaction and comment counts,
 * which statuses the viewer bookmarked, liked (the blog's posts), pinned and muted, and what the
 * viewer liked or boosted of the remote posts shown, by the remote post's id (URI). The sets are empty
 * for an anonymous viewer.
 */
public record StatusMarks(
        Map<Long, Map<ReactionKind, Long>> reactions,
        Map<Long, Long> comments,
        Set<Long> bookmarked,
        Set<Long> favourited,
        Set<Long> pinned,
        Set<Long> muted,
        Map<String, Set<ReactionKind>> sent) {}
