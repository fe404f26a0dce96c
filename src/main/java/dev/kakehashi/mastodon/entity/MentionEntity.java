package dev.kakehashi.mastodon.entity;

/** Someone a status mentions: the account's id, its username, profile page and acct. */
public record MentionEntity(String id, String username, String url, String acct) {}
