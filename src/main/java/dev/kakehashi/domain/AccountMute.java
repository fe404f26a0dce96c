package dev.kakehashi.domain;

import java.time.Instant;

/**
 * One of our accounts muting a remote actor (the account_mute table): whether their notifications
 * are hidden too, and when the mute ends (null: never).
 */
public record AccountMute(long id, String actorUri, boolean hideNotifications, Instant expiresAt) {}
