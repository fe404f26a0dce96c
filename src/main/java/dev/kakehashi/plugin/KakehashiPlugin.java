package dev.kakehashi.plugin;

/**
 * A Kakehashi plugin. Implementations are found with {@link java.util.ServiceLoader}: list the class
 * in {@code META-INF/services/dev.kakehashi.plugin.KakehashiPlugin} of the WAR or of a jar dropped
 * into {@code <data dir>/plugins}. An admin can switch each plugin on and off.
 *
 * @since 0.1
 */
public interface KakehashiPlugin {
    /**
     * A stable id: lower-case letters and digits in words joined by single dashes, unique among
     * plugins. A plugin with any other id is not loaded.
     *
     * @since 0.1
     */
    String id();

    /**
     * The name shown in the admin.
     *
     * @since 0.1
     */
    String name();

    /**
     * One sentence shown in the admin.
     *
     * @since 0.1
     */
    default String description() {
        return "";
    }

    /**
     * Called once at start-up; registers what the plugin adds through the typed extension points.
     *
     * @since 0.1
     */
    void register(Extensions extensions);
}
