package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.PostMention;
import org.junit.jupiter.api.Test;

/** The text of an edited answer loses a leading mention of the person answered, which is added back as a link. */
class AnswerEditTextTest {
    static final PostMention PEER =
            new PostMention("peer@fedify.example", "https://fedify.example/users/peer", "https://fedify.example/@peer");

    @Test
    void aLeadingMentionOfThePersonAnsweredIsDroppedInEitherForm() {
        assertThat(AnswerService.withoutLeading("@peer Here is more.", PEER)).isEqualTo("Here is more.");
        assertThat(AnswerService.withoutLeading("@Peer@fedify.example\nHere is more.", PEER))
                .isEqualTo("Here is more.");
        assertThat(AnswerService.withoutLeading("@peer", PEER)).isEmpty();
    }

    @Test
    void anyOtherTextIsKept() {
        assertThat(AnswerService.withoutLeading("@peers are welcome", PEER)).isEqualTo("@peers are welcome");
        assertThat(AnswerService.withoutLeading("Thanks @peer", PEER)).isEqualTo("Thanks @peer");
        assertThat(AnswerService.withoutLeading("@someone else", PEER)).isEqualTo("@someone else");
        assertThat(AnswerService.withoutLeading("@peer hello", null)).isEqualTo("@peer hello");
    }
}
