package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.Following;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.service.FollowingAnswerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code Accept} of one of our Follows: the follow becomes ACCEPTED. */
public final class AcceptHandler implements ActivityHandler<Inbound.Answer> {
    private static final Logger log = LoggerFactory.getLogger(AcceptHandler.class);

    private final FollowingAnswerService answers;
    private final FollowingAnswerMatcher matcher;

    public AcceptHandler(FollowingAnswerService answers, ActorIds ids) {
        this.answers = answers;
        this.matcher = new FollowingAnswerMatcher(ids);
    }

    @Override
    public void handle(Inbound.Answer activity) {
        Following row = matcher.answer(activity, answers::accepted);
        log.info("{} accepted the follow of {}", row.remoteActorUri(), row.localActor());
    }
}
