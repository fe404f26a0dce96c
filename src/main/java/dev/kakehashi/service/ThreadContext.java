package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.RemoteActor;
import java.util.List;
import java.util.Map;

/**
 * A status's thread as stored, loaded with a fixed number of queries: the statuses above it, the
 * blog posts below it, and for a blog post its published comments in thread order (each after its
 * parent) with their authors by URI. For a comment, the blog post it is under closes the statuses
 * above, the comments it answers follow them, and only the comments answering it (or its replies)
 * are below.
 *
 * @param postAuthorId the account that wrote the blog post, or null for a remote post
 * @param commentsAbove for a comment, the comments it answers (oldest first); otherwise none
 * @param comment the comment whose thread this is, or null for a post's
 * @param commentAuthors the authors of every comment here, by actor URI, as the cache knows them
 * @param commentMarks the counts and the viewer's marks of every comment here, by comment id
 */
public record ThreadContext(
        Long postAuthorId,
        StatusBatch ancestors,
        List<Comment> commentsAbove,
        Comment comment,
        List<Comment> comments,
        Map<String, RemoteActor> commentAuthors,
        Map<Long, CommentMark> commentMarks,
        StatusBatch descendants) {}
