package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.Notification;
import dev.kakehashi.domain.RemoteActor;
import java.util.List;
import java.util.Map;

/**
 * A page of an author's notifications with everything they show, loaded with a fixed number of
 * queries: the posts they are about (as a status batch), the comments (replies), and the actors
 * who did it by URI.
 */
public record NotificationBatch(
        List<Notification> items, StatusBatch posts, Map<Long, Comment> comments, Map<String, RemoteActor> actors) {}
