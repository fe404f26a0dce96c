package dev.kakehashi.plugin;

import java.util.List;

/**
 * The current values of a plugin's own settings, as an admin last saved them. Read them on every
 * use rather than keeping them: a change in the admin takes effect at once, on every node.
 *
 * @since 0.2
 */
public interface PluginSettings {
    /**
     * The value, or the setting's default when none was saved.
     *
     * @since 0.2
     */
    String text(PluginSetting setting);

    /**
     * The non-blank lines of the value, stripped.
     *
     * @since 0.2
     */
    default List<String> lines(PluginSetting setting) {
        return text(setting)
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * The value as a number, or the default when the stored value is not one.
     *
     * @since 0.2
     */
    default long integer(PluginSetting setting) {
        try {
            return Long.parseLong(text(setting).strip());
        } catch (NumberFormatException e) {
            return Long.parseLong(setting.defaultValue());
        }
    }
}
