package dev.kakehashi.mastodon.entity;

import java.util.List;

/** Mastodon's {@code Tag} as search answers it: name (without '#'), its page, and its (unkept) history. */
public record HashtagEntity(String name, String url, List<Object> history) {}
