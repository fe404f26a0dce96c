package dev.kakehashi.service;

import dev.kakehashi.domain.NotificationKind;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import java.time.Instant;

/**
 * Tells the authors who favourited or boosted a post from elsewhere that its author edited it
 * (Mastodon's {@code update} notification), once per applied edit. Runs in the caller's
 * transaction, so the notification exists exactly when the edit does.
 */
public final class EditNotifier {
    private static final String AUTHOR = "account:";

    private final OutboundReactionRepository reactions;
    private final NotificationRepository notifications;

    public EditNotifier(OutboundReactionRepository reactions, NotificationRepository notifications) {
        this.reactions = reactions;
        this.notifications = notifications;
    }

    /**
     * @param noteUri the edited post's id
     * @param editorUri its author, who edited it (never one of ours, so never told of their own edit)
     */
    public void edited(String noteUri, String editorUri, Instant now) {
        for (String actor : reactions.likersAndBoosters(noteUri)) {
            if (actor.startsWith(AUTHOR)) {
                long accountId = Long.parseLong(actor.substring(AUTHOR.length()));
                notifications.addAboutNote(accountId, NotificationKind.UPDATE, editorUri, noteUri, now);
            }
        }
    }
}
