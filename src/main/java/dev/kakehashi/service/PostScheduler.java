package dev.kakehashi.service;

import java.time.Instant;

/** Publishes a scheduled post at its time; the app implements it with a durable Quartz trigger. */
public interface PostScheduler {
    void schedule(long postId, Instant at);

    void cancel(long postId);
}
