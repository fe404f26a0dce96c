package dev.kakehashi.service;

import java.util.Set;

/**
 * What an admin sets for the whole blog at run time.
 *
 * @param theme the id of the active theme (a folder under {@code themes/})
 * @param disabledPlugins ids of plugins switched off in the admin
 */
public record SiteSettings(
        String title, String description, String language, String theme, Set<String> disabledPlugins) {
    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;
}
