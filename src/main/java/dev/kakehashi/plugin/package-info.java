/**
 * The plugin SPI: what a Kakehashi plugin implements ({@link dev.kakehashi.plugin.KakehashiPlugin})
 * and the typed extension points it registers with ({@link dev.kakehashi.plugin.Extensions}): Markdown
 * syntax, HTML filters, domain-event listeners, comment filters ({@link
 * dev.kakehashi.plugin.CommentFilter}) and the plugin's own settings ({@link
 * dev.kakehashi.plugin.PluginSetting}). A plugin depends on this package and on libraries
 * only, never on the app's services or storage; what it adds to post HTML still passes the allowlist.
 *
 * <p>{@link dev.kakehashi.service.plugin.PluginLoader} and {@link dev.kakehashi.service.plugin.PluginRegistry} are
 * the app's side of the SPI: plugins never call them.
 *
 * @since 0.1
 */
package dev.kakehashi.plugin;
