package dev.kakehashi.service.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.plugin.CommentFilter;
import dev.kakehashi.plugin.CommentVerdict;
import dev.kakehashi.plugin.Extensions;
import dev.kakehashi.plugin.KakehashiPlugin;
import dev.kakehashi.service.CommentGate.IncomingComment;
import dev.kakehashi.service.CommentPolicy;
import dev.kakehashi.service.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The gate's decisions: the blog's comment setting, the first-time check and plugin verdicts. */
class ModerationGateTest {
    private static final String REGULAR = "https://mastodon.example/users/regular";
    private static final String NEWCOMER = "https://misskey.example/users/9abc";

    private final Set<String> disabled = new HashSet<>();
    private final PluginRegistry plugins = new PluginRegistry(() -> Set.copyOf(disabled));
    private final Set<String> published = new HashSet<>(Set.of(REGULAR));
    private final List<String> askedAbout = new ArrayList<>();
    private CommentPolicy policy = CommentPolicy.HOLD_FIRST_TIME;

    private final ModerationGate gate = new ModerationGate(
            () -> policy,
            actor -> {
                askedAbout.add(actor);
                return published.contains(actor);
            },
            plugins::commentFilters);

    private static IncomingComment from(String actor) {
        return new IncomingComment(
                7, actor, actor.replaceAll("https://([^/]+)/.*", "$1"), "Someone", "<p>Nice post!</p>");
    }

    private void plugin(String id, CommentFilter filter) {
        plugins.add(
                new KakehashiPlugin() {
                    @Override
                    public String id() {
                        return id;
                    }

                    @Override
                    public String name() {
                        return id;
                    }

                    @Override
                    public void register(Extensions extensions) {
                        extensions.commentFilter(filter);
                    }
                },
                "test");
    }

    @Test
    void theDefaultPublishesAtOnce() {
        policy = CommentPolicy.DEFAULT;
        assertThat(gate.admit(from(NEWCOMER))).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void holdingFirstTimersHoldsANewcomer() {
        assertThat(gate.admit(from(NEWCOMER))).isEqualTo(CommentStatus.PENDING);
        assertThat(askedAbout).containsExactly(NEWCOMER);
    }

    @Test
    void aCommenterWithAPublishedCommentIsPublishedAtOnceWhenOnlyFirstTimersAreHeld() {
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void publishImmediatelyPublishesNewcomersWithoutLookingThemUp() {
        policy = CommentPolicy.PUBLISH;
        assertThat(gate.admit(from(NEWCOMER))).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(askedAbout).isEmpty();
    }

    @Test
    void holdAllHoldsEvenRegularCommenters() {
        policy = CommentPolicy.HOLD_ALL;
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.PENDING);
        assertThat(gate.admit(from(NEWCOMER))).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void aPluginThatFlagsACommentHoldsItEvenWhenTheBlogPublishesImmediately() {
        policy = CommentPolicy.PUBLISH;
        plugin("flagger", c -> CommentVerdict.hold("looks odd"));
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void aPluginsSpamVerdictStoresTheCommentAsSpamAndARejectionAsRejected() {
        policy = CommentPolicy.PUBLISH;
        plugin(
                "spammy",
                c -> c.contentHtml().contains("casino") ? CommentVerdict.spam("casino") : CommentVerdict.accept());
        plugin(
                "rude",
                c -> c.actorHost().equals("rude.example") ? CommentVerdict.reject("rude") : CommentVerdict.accept());
        assertThat(gate.admit(new IncomingComment(7, REGULAR, "mastodon.example", "R", "<p>best casino</p>")))
                .isEqualTo(CommentStatus.SPAM);
        assertThat(gate.admit(new IncomingComment(7, "https://rude.example/u/x", "rude.example", "X", "<p>hi</p>")))
                .isEqualTo(CommentStatus.REJECTED);
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void theStrictestVerdictWinsWhateverTheOrderOfPlugins() {
        plugin("a-hold", c -> CommentVerdict.hold("a"));
        plugin("b-spam", c -> CommentVerdict.spam("b"));
        plugin("c-accept", c -> CommentVerdict.accept());
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void aPluginThatThrowsHoldsTheCommentAndTheOthersStillJudgeIt() {
        policy = CommentPolicy.PUBLISH;
        plugin("broken", c -> {
            throw new IllegalStateException("boom");
        });
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.PENDING);

        plugin("spammy", c -> CommentVerdict.spam("always"));
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void aPluginThatAnswersNullOrOverflowsItsStackHoldsTheComment() {
        policy = CommentPolicy.PUBLISH;
        plugin("silent", c -> null);
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.PENDING);
        disabled.add("silent");
        plugin("recursive", new CommentFilter() {
            @Override
            public CommentVerdict check(dev.kakehashi.plugin.CommentCandidate c) {
                return check(c);
            }
        });
        assertThat(gate.admit(from(REGULAR))).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void aSwitchedOffPluginIsNotAsked() {
        policy = CommentPolicy.PUBLISH;
        List<Long> asked = new ArrayList<>();
        Consumer<Long> record = asked::add;
        plugin("spammy", c -> {
            record.accept(c.postId());
            return CommentVerdict.spam("always");
        });
        disabled.add("spammy");
        assertThat(gate.admit(from(NEWCOMER))).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(asked).isEmpty();
        disabled.clear();
        assertThat(gate.admit(from(NEWCOMER))).isEqualTo(CommentStatus.SPAM);
        assertThat(asked).containsExactly(7L);
    }

    @Test
    void pluginsSeeTheCommentAsTheGateReceivedIt() {
        List<dev.kakehashi.plugin.CommentCandidate> seen = new ArrayList<>();
        plugin("watcher", c -> {
            seen.add(c);
            return CommentVerdict.accept();
        });
        gate.admit(new IncomingComment(42, NEWCOMER, "misskey.example", "Nine", "<p>hello</p>"));
        assertThat(seen)
                .containsExactly(new dev.kakehashi.plugin.CommentCandidate(
                        42, NEWCOMER, "misskey.example", "Nine", "<p>hello</p>"));
    }
}
