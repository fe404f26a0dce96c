package dev.kakehashi.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.domain.PostKind;
import dev.kakehashi.service.PollInput;
import dev.kakehashi.service.PostAction;
import dev.kakehashi.service.PostInput;
import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostFormTest {
    private static PostForm form(String... keyValues) {
        MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.add(keyValues[i], keyValues[i + 1]);
        }
        return PostForm.of(m);
    }

    @Test
    void anArticleKeepsItsTitleAndParsesImageIds() {
        PostInput in = form("kind", "article", "title", "T", "body", "B", "coverId", " 12 ", "attachmentIds", "3,4")
                .input(PostKind.ARTICLE);
        assertThat(in.title()).isEqualTo("T");
        assertThat(in.coverId()).isEqualTo(12L);
        assertThat(in.attachmentIds()).containsExactly(3L, 4L);
    }

    @Test
    void repeatedAttachmentFieldsAreJoined() {
        MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
        m.addAll("attachmentIds", List.of("5", "6"));
        assertThat(PostForm.of(m).input(PostKind.NOTE).attachmentIds()).containsExactly(5L, 6L);
    }

    @Test
    void aShortPostDropsAnyTitle() {
        assertThat(form("kind", "note", "title", "ignored").input(PostKind.NOTE).title())
                .isNull();
    }

    @Test
    void anUnknownKindOrActionOrImageIsAFieldError() {
        assertThatThrownBy(() -> form("kind", "poem").kind())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("kind"));
        assertThatThrownBy(() -> form("action", "explode").action())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("action"));
        assertThatThrownBy(() -> form("coverId", "abc").input(PostKind.ARTICLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("coverId"));
    }

    @Test
    void actionsMapToTheServiceActions() {
        assertThat(form("action", "publish").action()).isInstanceOf(PostAction.Publish.class);
        assertThat(form("action", "draft").action()).isInstanceOf(PostAction.Save.class);
        assertThat(form().action()).isInstanceOf(PostAction.Save.class);
        assertThat(form("action", "unschedule").action()).isInstanceOf(PostAction.Unschedule.class);
    }

    @Test
    void scheduledAtIsReadInTheBrowsersTimeZone() {
        // JavaScript's getTimezoneOffset() is -540 in Tokyo (UTC+9).
        PostAction a = form("action", "schedule", "scheduledAt", "2026-12-24T09:00", "tzOffset", "-540")
                .action();
        assertThat(((PostAction.Schedule) a).at()).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
    }

    @Test
    void scheduledAtAcceptsSecondsAndDefaultsToUtc() {
        PostAction a =
                form("action", "schedule", "scheduledAt", "2026-12-24T09:00:30").action();
        assertThat(((PostAction.Schedule) a).at()).isEqualTo(Instant.parse("2026-12-24T09:00:30Z"));
    }

    @Test
    void aMissingOrMalformedScheduleTimeIsAFieldError() {
        for (String[] bad : new String[][] {
            {"scheduledAt", ""},
            {"scheduledAt", "tomorrow"},
            {"scheduledAt", "2026-12-24T09:00", "tzOffset", "east"},
            {"scheduledAt", "2026-12-24T09:00", "tzOffset", "99999"},
        }) {
            String[] fields = new String[bad.length + 2];
            fields[0] = "action";
            fields[1] = "schedule";
            System.arraycopy(bad, 0, fields, 2, bad.length);
            assertThatThrownBy(() -> form(fields).action())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsKey("scheduledAt"));
        }
    }

    @Test
    void aFormWithoutThePollsFieldsLeavesThePollAndBlankChoicesAskForNone() {
        assertThat(form("kind", "article", "body", "B").hasPollFields()).isFalse();
        PostForm blank = form("kind", "note", "pollOption1", " ", "pollExpiresIn", "86400");
        assertThat(blank.hasPollFields()).isTrue();
        assertThat(blank.poll()).isNull();
    }

    @Test
    void thePollsChoicesSkipBlanksAndAreCheckedInTheApisWords() {
        PollInput poll = form(
                        "pollOption1", " Tea ",
                        "pollOption2", "",
                        "pollOption3", "Coffee",
                        "pollExpiresIn", "300",
                        "pollMultiple", "on")
                .poll();
        assertThat(poll.options()).containsExactly("Tea", "Coffee");
        assertThat(poll.expiresIn()).isEqualTo(Duration.ofMinutes(5));
        assertThat(poll.multiple()).isTrue();
        assertThat(poll.hideTotals()).isFalse();
        assertThatThrownBy(() ->
                        form("pollOption1", "Alone", "pollExpiresIn", "300").poll())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Poll options must have more than one item");
        assertThatThrownBy(() -> form("pollOption1", "a", "pollOption2", "b", "pollExpiresIn", "soon")
                        .poll())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Choose how long the poll stays open");
        assertThatThrownBy(() -> form("pollOption1", "a", "pollOption2", "b", "pollExpiresIn", "9999999")
                        .poll())
                .hasMessageContaining("too far into the future");
    }
}
