package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    @Test
    void trimsTextAndPassesWhenNothingIsWrong() {
        Validator v = new Validator();
        assertThat(v.text("title", "Title", "  Hello  ", true, 10)).isEqualTo("Hello");
        v.throwIfInvalid();
    }

    @Test
    void collectsEveryFieldErrorBeforeThrowing() {
        Validator v = new Validator();
        v.text("title", "Title", "   ", true, 10);
        v.text("body", "Body", "x".repeat(11), true, 10);
        v.check(false, "tags", "Too many tags");
        assertThatThrownBy(v::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("title", "Title is required")
                        .containsEntry("body", "Body must be at most 10 characters")
                        .containsEntry("tags", "Too many tags"));
    }

    @Test
    void keepsTheFirstErrorOfAField() {
        Validator v = new Validator();
        v.fail("slug", "first");
        v.fail("slug", "second");
        assertThat(v.hasErrorFor("slug")).isTrue();
        assertThatThrownBy(v::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(java.util.Map.entry("slug", "first")));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        Validator v = new Validator();
        v.text("body", "Body", "😀".repeat(10), true, 10);
        v.text("empty", "Optional", null, false, 10);
        v.throwIfInvalid();
    }
}
