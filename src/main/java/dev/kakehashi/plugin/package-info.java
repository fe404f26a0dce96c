/**
 * The plugin SPI: what a Kakehashi plugin implements ({@link dev.kakehashi.plugin.KakehashiPlugin})
 * and the typed extension points it registers with ({@link dev.kakehashi.plugin.Extensions}): Markdown
 * syntax, HTML filters and domain-event listeners. A plugin depends on this package and on libraries
 * only, never on the app's services or storage; what it adds to post HTML still passes the allowlist.
 *
 * <p>{@link dev.kakehashi.plugin.PluginLoader} and {@link dev.kakehashi.plugin.PluginRegistry} are
 * the app's side of the SPI: plugins never call them.
 *
 * @since 0.1
 */
package dev.kakehashi.plugin;
