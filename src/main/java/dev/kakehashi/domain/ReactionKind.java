package dev.kakehashi.domain;

/** How a remote actor reacted to a local post or actor. */
public enum ReactionKind {
    LIKE,
    BOOST,
    /** A Misskey/Pleroma emoji reaction; the emoji is kept with it. */
    EMOJI,
    QUOTE,
    MENTION
}
