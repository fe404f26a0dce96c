package dev.kakehashi.domain.event;

/**
 * A blog-wide setting (title, theme, federation, comments, plugins...) changed. Caches of settings
 * and of what they shape drop their copy when they hear it.
 *
 * @param name the setting's name as stored
 */
public record SettingsChanged(String name) implements DomainEvent {}
