package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.FollowState;
import dev.kakehashi.domain.Following;
import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import java.time.Instant;

/**
 * What authors are told about posts from elsewhere, as Mastodon tells them: an edit of a post they
 * favourited or boosted ({@code update}, once per applied edit), and a new post of an account they
 * follow with {@code notify} ({@code status}). Runs in the caller's transaction, so a notification
 * exists exactly when the stored post or edit does.
 */
public final class RemotePostNotifier {
    private final OutboundReactionRepository reactions;
    private final FollowingRepository following;
    private final NotificationRepository notifications;

    public RemotePostNotifier(
            OutboundReactionRepository reactions, FollowingRepository following, NotificationRepository notifications) {
        this.reactions = reactions;
        this.following = following;
        this.notifications = notifications;
    }

    /**
     * @param noteUri the edited post's id
     * @param editorUri its author, who edited it (never one of ours, so never told of their own edit)
     */
    public void edited(String noteUri, String editorUri, Instant now) {
        for (String actor : reactions.likersAndBoosters(noteUri)) {
            ActorKey.parse(actor)
                    .filter(ActorKey::isAuthor)
                    .ifPresent(a -> notifications.addAboutNote(
                            a.accountId(), NotificationKind.UPDATE, editorUri, noteUri, now));
        }
    }

    /**
     * A new public or unlisted top-level post (or a reply to its author's own post) of {@code
     * authorUri}: each author who follows it with {@code notify} is told.
     */
    public void posted(String noteUri, String authorUri, Instant now) {
        for (Following f : following.followersOf(authorUri)) {
            if (f.notifying() && f.state() == FollowState.ACCEPTED) {
                ActorKey.parse(f.localActor())
                        .filter(ActorKey::isAuthor)
                        .ifPresent(a -> notifications.addAboutNote(
                                a.accountId(), NotificationKind.STATUS, authorUri, noteUri, now));
            }
        }
    }
}
