package dev.kakehashi.web.theme;

/**
 * A theme as its {@code theme.json} manifest describes it.
 *
 * @param id the folder name
 * @param external true when it comes from {@code <data dir>/themes} rather than the WAR
 */
public record Theme(String id, String name, String description, String version, String author, boolean external) {}
