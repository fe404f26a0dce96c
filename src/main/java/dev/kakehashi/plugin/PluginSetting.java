package dev.kakehashi.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value an admin can set for a plugin on the plugin's settings page in the admin. Values are
 * stored by the app, checked against the type before they are saved, and read through {@link
 * PluginSettings}.
 *
 * @param key lower-case words joined by dashes, unique within the plugin
 * @param label what the form shows
 * @param help one sentence under the field, or empty
 * @param type how the value is entered and checked
 * @param defaultValue the value until an admin changes it
 * @param min for {@link Type#INTEGER} only: the smallest value allowed
 * @param max for {@link Type#INTEGER} only: the largest value allowed
 * @since 0.2
 */
public record PluginSetting(String key, String label, String help, Type type, String defaultValue, long min, long max) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The longest value stored for any setting, in characters. @since 0.2 */
    public static final int MAX_LENGTH = 20_000;

    /**
     * How a setting is entered.
     *
     * @since 0.2
     */
    public enum Type {
        /** One line of text. */
        TEXT,
        /** Several lines, one item each; blank lines are dropped. */
        LINES,
        /** A whole number between min and max. */
        INTEGER
    }

    /** @since 0.2 */
    public PluginSetting {
        Objects.requireNonNull(type, "type");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "A plugin setting key must be lower-case words joined by dashes: " + key);
        }
        label = label == null || label.isBlank() ? key : label;
        help = help == null ? "" : help;
        defaultValue = defaultValue == null ? "" : defaultValue;
    }

    /** A one-line text setting. @since 0.2 */
    public static PluginSetting text(String key, String label, String help, String defaultValue) {
        return new PluginSetting(key, label, help, Type.TEXT, defaultValue, 0, 0);
    }

    /** A list setting, one item a line. @since 0.2 */
    public static PluginSetting lines(String key, String label, String help, String defaultValue) {
        return new PluginSetting(key, label, help, Type.LINES, defaultValue, 0, 0);
    }

    /** A whole-number setting between {@code min} and {@code max}. @since 0.2 */
    public static PluginSetting integer(String key, String label, String help, long defaultValue, long min, long max) {
        return new PluginSetting(key, label, help, Type.INTEGER, Long.toString(defaultValue), min, max);
    }
}
