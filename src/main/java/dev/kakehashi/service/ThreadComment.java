package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.RemoteActor;
import java.util.Map;

/**
 * A comment read as a status by its id, as its post's thread shows it.
 *
 * @param parent the comment it answers, or null when it answers the post
 * @param authors the authors of both, by actor URI, as the cache knows them
 * @param postAuthorId the account that wrote the blog post it is under
 * @param mark its counts and the viewer's marks
 */
public record ThreadComment(
        Comment comment, Comment parent, Map<String, RemoteActor> authors, long postAuthorId, CommentMark mark) {}
