package dev.kakehashi.service;

import java.time.Instant;

/** What to do with a post on save. */
public sealed interface PostAction {
    /** Keep it as a draft (a published post stays published: this is a plain save). */
    record Save() implements PostAction {}

    /** Make it public now. */
    record Publish() implements PostAction {}

    /** Make it public at {@code at}, which must be in the future. */
    record Schedule(Instant at) implements PostAction {}

    /** Take a scheduled post back to draft. */
    record Unschedule() implements PostAction {}
}
