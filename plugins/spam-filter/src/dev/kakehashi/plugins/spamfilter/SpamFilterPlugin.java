package dev.kakehashi.plugins.spamfilter;

import dev.kakehashi.plugin.Extensions;
import dev.kakehashi.plugin.KakehashiPlugin;
import dev.kakehashi.plugin.PluginSetting;
import dev.kakehashi.plugin.PluginSettings;
import java.util.List;

/**
 * A simple spam filter for comments from the fediverse: keywords an admin lists mark a comment as
 * spam, and a comment with more links than allowed waits for approval.
 */
public final class SpamFilterPlugin implements KakehashiPlugin {
    public static final String ID = "spam-filter";

    static final PluginSetting KEYWORDS = PluginSetting.lines(
            "keywords",
            "Spam keywords",
            "One word or phrase a line; a comment containing one (in its text or a link) is marked as spam."
                    + " Case does not matter.",
            String.join("\n", "viagra", "cialis", "casino", "payday loan", "crypto giveaway", "buy followers"));

    static final PluginSetting MAX_LINKS = PluginSetting.integer(
            "max-links",
            "Most links allowed",
            "A comment with more links than this waits for approval. Mentions and hashtags do not count.",
            2,
            0,
            1000);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Spam filter";
    }

    @Override
    public String description() {
        return "Marks comments with listed keywords as spam and holds comments with many links for approval.";
    }

    @Override
    public void register(Extensions extensions) {
        PluginSettings settings = extensions.settings(List.of(KEYWORDS, MAX_LINKS));
        // Read on every comment, so a change in the admin applies to the next one.
        extensions.commentFilter(comment ->
                new SpamRules(settings.lines(KEYWORDS), settings.integer(MAX_LINKS)).judge(comment.contentHtml()));
    }
}
