package dev.kakehashi.mastodon.entity;

import java.util.List;

/** Mastodon's {@code FamiliarFollowers}: for one account, who among the caller's followers follows it too. */
public record FamiliarFollowersEntity(String id, List<AccountEntity> accounts) {}
