package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.RemoteActor;
import java.util.List;
import java.util.Map;

/**
 * A status's thread as stored, loaded with a fixed number of queries: the statuses above it, the
 * blog posts below it, and for a blog post its published comments in thread order (each after its
 * parent) with their authors by URI.
 *
 * @param postAuthorId the account that wrote the blog post, or null for a remote post
 */
public record ThreadContext(
        Long postAuthorId,
        StatusBatch ancestors,
        List<Comment> comments,
        Map<String, RemoteActor> commentAuthors,
        StatusBatch descendants) {}
