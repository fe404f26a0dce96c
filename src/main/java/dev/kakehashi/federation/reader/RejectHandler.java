package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.Following;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.service.FollowingAnswerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Reject} of one of our Follows, before or after an Accept (Mastodon sends it when they
 * remove us as a follower): the follow is removed.
 */
public final class RejectHandler implements ActivityHandler<Inbound.Answer> {
    private static final Logger log = LoggerFactory.getLogger(RejectHandler.class);

    private final FollowingAnswerService answers;
    private final FollowingAnswerMatcher matcher;

    public RejectHandler(FollowingAnswerService answers, ActorIds ids) {
        this.answers = answers;
        this.matcher = new FollowingAnswerMatcher(ids);
    }

    @Override
    public void handle(Inbound.Answer activity) {
        Following row = matcher.answer(activity, answers::rejected);
        log.info("{} rejected the follow of {}", row.remoteActorUri(), row.localActor());
    }
}
