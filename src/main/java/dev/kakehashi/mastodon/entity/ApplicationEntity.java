package dev.kakehashi.mastodon.entity;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The app a status was posted from, as a status shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApplicationEntity(String name, String website) {}
