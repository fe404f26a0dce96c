package dev.kakehashi.mastodon.entity;

import java.util.List;

/** Mastodon's {@code Search} results (INTEROP B9): the three lists, each always present. */
public record SearchEntity(List<AccountEntity> accounts, List<StatusEntity> statuses, List<HashtagEntity> hashtags) {}
