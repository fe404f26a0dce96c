package dev.kakehashi.federation.reaction;

import dev.kakehashi.domain.ReactionKind;
import dev.kakehashi.federation.inbox.Inbound;

/**
 * What likes, boosts and emoji reactions ask for, as peers shape them: Mastodon's plain {@code
 * Like}, Misskey's {@code Like} carrying {@code _misskey_reaction}, Pleroma/Akkoma's {@code
 * EmojiReact}, and {@code Announce} with the object as an id or embedded. The records are read (and
 * checked) by {@link Inbound.Like} and {@link Inbound.Announce}.
 */
public final class ReactionActivities {
    private ReactionActivities() {}

    /** What a Like, EmojiReact or Announce says: its kind, the object it is about, the emoji. */
    public record Read(ReactionKind kind, String activityId, String objectId, String emoji) {}

    /** A Like with an emoji is an emoji reaction; without one, a like. */
    public static Read read(Inbound.Like like) {
        return new Read(
                like.emoji() == null ? ReactionKind.LIKE : ReactionKind.EMOJI, like.id(), like.object(), like.emoji());
    }

    public static Read read(Inbound.Announce announce) {
        return new Read(ReactionKind.BOOST, announce.id(), announce.object(), null);
    }
}
