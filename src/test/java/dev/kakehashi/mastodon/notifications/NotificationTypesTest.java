package dev.kakehashi.mastodon.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.NotificationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTypesTest {
    @Test
    void noFilterAsksForEveryKindButQuotes() {
        assertThat(NotificationTypes.kinds(List.of(), List.of(), List.of()))
                .hasSize(NotificationKind.values().length - 1)
                .doesNotContain(NotificationKind.QUOTE);
    }

    @Test
    void quotesReachAClientThatNamesThemInTypes() {
        assertThat(NotificationTypes.kinds(List.of("mention", "quote"), List.of(), List.of()))
                .containsExactlyInAnyOrder(NotificationKind.REPLY, NotificationKind.MENTION, NotificationKind.QUOTE);
    }

    @Test
    void quotesReachAClientThatSupportsThem() {
        assertThat(NotificationTypes.kinds(List.of(), List.of("follow", "quote"), List.of()))
                .containsExactlyInAnyOrder(NotificationKind.FOLLOW, NotificationKind.QUOTE);
    }

    @Test
    void excludingOtherTypesDoesNotAskForQuotes() {
        assertThat(NotificationTypes.kinds(List.of(), List.of(), List.of("follow")))
                .doesNotContain(NotificationKind.QUOTE);
    }

    @Test
    void mentionCoversRepliesAndMentions() {
        assertThat(NotificationTypes.kinds(List.of("mention"), List.of(), List.of()))
                .containsExactlyInAnyOrder(NotificationKind.REPLY, NotificationKind.MENTION);
    }

    @Test
    void anExcludedTypeIsNeverAnsweredEvenWhenAskedFor() {
        assertThat(NotificationTypes.kinds(List.of("mention", "favourite"), List.of(), List.of("favourite")))
                .containsExactlyInAnyOrder(NotificationKind.REPLY, NotificationKind.MENTION);
    }

    @Test
    void aTypeTheClientDoesNotSupportIsLeftOut() {
        assertThat(NotificationTypes.kinds(List.of(), List.of("follow", "reblog"), List.of()))
                .containsExactlyInAnyOrder(NotificationKind.FOLLOW, NotificationKind.BOOST);
    }

    @Test
    void unknownTypesAskForNothing() {
        assertThat(NotificationTypes.kinds(List.of("admin.sign_up"), List.of(), List.of()))
                .isEmpty();
    }
}
