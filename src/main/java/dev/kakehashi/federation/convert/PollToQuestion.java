package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Poll;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.PostObject;
import dev.kakehashi.federation.vocab.QuestionObject;
import java.util.List;

/** A post's object with its poll: a {@code Question} with the options and their counts. */
public final class PollToQuestion {
    private PollToQuestion() {}

    /**
     * {@code object} as it goes out: itself without a poll, a {@link QuestionObject} with one ({@code
     * closed} once our job closed it).
     */
    public static Object of(PostObject object, Poll poll) {
        if (poll == null) {
            return object;
        }
        List<QuestionObject.Choice> choices = poll.options().stream()
                .map(o -> new QuestionObject.Choice(o.title(), o.votesCount()))
                .toList();
        return new QuestionObject(
                object.asQuestion(),
                poll.multiple() ? null : choices,
                poll.multiple() ? choices : null,
                ApJson.date(poll.expiresAt()),
                ApJson.date(poll.closedAt()),
                poll.votersCount());
    }
}
