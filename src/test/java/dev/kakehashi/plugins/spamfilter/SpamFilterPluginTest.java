package dev.kakehashi.plugins.spamfilter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.plugin.CommentCandidate;
import dev.kakehashi.plugin.CommentVerdict;
import dev.kakehashi.plugin.CommentVerdict.Decision;
import dev.kakehashi.service.plugin.PluginRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled spam filter, registered through the SPI with settings as an admin saved them. */
class SpamFilterPluginTest {
    private final Map<String, String> stored = new HashMap<>();
    private final PluginRegistry registry =
            new PluginRegistry(Set::of, id -> id.equals(SpamFilterPlugin.ID) ? Map.copyOf(stored) : Map.of());

    SpamFilterPluginTest() {
        registry.add(new SpamFilterPlugin(), "bundled");
    }

    private CommentVerdict judge(String html) {
        return registry.commentFilters()
                .get(0)
                .filter()
                .check(new CommentCandidate(
                        1, "https://mastodon.example/users/someone", "mastodon.example", "Someone", html));
    }

    @Test
    void declaresItsSettingsWithDefaults() {
        assertThat(registry.settingsOf(SpamFilterPlugin.ID))
                .extracting(s -> s.key())
                .containsExactly("keywords", "max-links");
        assertThat(registry.values(SpamFilterPlugin.ID)).containsEntry("max-links", "2");
        assertThat(registry.values(SpamFilterPlugin.ID).get("keywords")).contains("casino");
    }

    @Test
    void acceptsAnOrdinaryReplyWithAMentionAndALink() {
        String mastodonReply =
                "<p><span class=\"h-card\"><a href=\"https://blog.example/@ann\" class=\"u-url mention\">"
                        + "@<span>ann</span></a></span> Thanks, see <a href=\"https://example.org/docs\">the docs</a>"
                        + " <a href=\"https://mastodon.example/tags/java\" class=\"mention hashtag\" rel=\"tag\">#<span>java</span></a></p>";
        assertThat(judge(mastodonReply)).isEqualTo(CommentVerdict.accept());
    }

    @Test
    void marksACommentWithADefaultKeywordAsSpamWhateverItsCase() {
        CommentVerdict v = judge("<p>Best CASINO bonus today</p>");
        assertThat(v.decision()).isEqualTo(Decision.SPAM);
        assertThat(v.reason()).contains("casino");
    }

    @Test
    void findsAKeywordHiddenInALinkAddress() {
        assertThat(judge("<p><a href=\"https://cheap-viagra.example/\">click</a></p>")
                        .decision())
                .isEqualTo(Decision.SPAM);
    }

    @Test
    void holdsACommentWithMoreLinksThanAllowedButNotMentionsAndHashtags() {
        String three = "<p><a href=\"https://a.example\">a</a> <a href=\"https://b.example\">b</a>"
                + " <a href=\"https://c.example\">c</a></p>";
        assertThat(judge(three).decision()).isEqualTo(Decision.HOLD);
        String twoPlusTags = "<p><a href=\"https://a.example\">a</a> <a href=\"https://b.example\">b</a>"
                + " <a href=\"https://m.example/tags/x\" class=\"hashtag\">#x</a>"
                + " <a href=\"https://m.example/@y\">@y</a></p>";
        assertThat(judge(twoPlusTags).decision()).isEqualTo(Decision.ACCEPT);
    }

    @Test
    void usesTheKeywordsAndLimitAnAdminSavedFromTheNextComment() {
        stored.put("keywords", "  Free Tokens \n\n");
        stored.put("max-links", "0");
        assertThat(judge("<p>Get free tokens now</p>").decision()).isEqualTo(Decision.SPAM);
        assertThat(judge("<p>Best casino</p>").decision()).isEqualTo(Decision.ACCEPT);
        assertThat(judge("<p><a href=\"https://a.example\">a</a></p>").decision())
                .isEqualTo(Decision.HOLD);
    }

    @Test
    void aStoredLimitThatIsNotANumberFallsBackToTheDefault() {
        stored.put("max-links", "many");
        String two = "<p><a href=\"https://a.example\">a</a> <a href=\"https://b.example\">b</a></p>";
        assertThat(judge(two).decision()).isEqualTo(Decision.ACCEPT);
    }

    @Test
    void emptyOrMissingContentIsAccepted() {
        assertThat(judge("").decision()).isEqualTo(Decision.ACCEPT);
        assertThat(judge(null).decision()).isEqualTo(Decision.ACCEPT);
    }
}
