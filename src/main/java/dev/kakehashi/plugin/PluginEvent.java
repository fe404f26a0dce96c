package dev.kakehashi.plugin;

/**
 * Something that happened on the blog, as a plugin hears it through {@link Extensions#onEvent}:
 * after the change was committed. These records belong to the SPI, so the app's own model can change
 * without breaking a plugin.
 *
 * @since 0.3
 */
public sealed interface PluginEvent {
    /** Where a comment stands in moderation. @since 0.3 */
    enum CommentState {
        PUBLISHED,
        PENDING,
        SPAM,
        REJECTED,
        HIDDEN
    }

    /** A post became public, from a draft, a schedule or directly. @since 0.3 */
    record PostPublished(long postId, long authorId) implements PluginEvent {}

    /** A published post was edited. @since 0.3 */
    record PostUpdated(long postId, long authorId) implements PluginEvent {}

    /** A post became a tombstone; {@code wasPublished} tells whether anyone outside could have seen it. @since 0.3 */
    record PostDeleted(long postId, long authorId, boolean wasPublished) implements PluginEvent {}

    /** A local author account was created. @since 0.3 */
    record AccountCreated(long accountId, String username) implements PluginEvent {}

    /** A comment was stored under a local post: a reply from the fediverse, or an author's answer. @since 0.3 */
    record CommentAdded(long commentId, long postId, String actorUri, CommentState status, boolean fromLocalAuthor)
            implements PluginEvent {}

    /** An author moderated ({@code from} -> {@code to}) or deleted a comment. @since 0.3 */
    record CommentModerated(
            long commentId, long postId, String actorUri, CommentState from, CommentState to, boolean deleted)
            implements PluginEvent {}
}
