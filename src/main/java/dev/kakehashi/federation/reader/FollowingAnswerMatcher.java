package dev.kakehashi.federation.reader;

import dev.kakehashi.domain.Following;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.FollowingAnswerService;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads which of our follows an Accept or Reject answers (the Follow's id, and our actor from the
 * embedded Follow or the inbox it came to) and hands it to {@link FollowingAnswerService}; an answer
 * that matches none of ours, or names another actor's follow, is rejected.
 */
final class FollowingAnswerMatcher {
    private final ActorIds ids;

    FollowingAnswerMatcher(ActorIds ids) {
        this.ids = ids;
    }

    Following answer(Inbound.Answer activity, Function<FollowingAnswerService.Answer, Optional<Following>> service) {
        String them = activity.actorId();
        var answer = new FollowingAnswerService.Answer(
                them, activity.object(), ourActor(activity).map(ActorRef::key).orElse(null));
        // A 403 from the service (another actor's follow) is a rejection too: the inbox says so.
        return service.apply(answer)
                .orElseThrow(() -> new RejectedActivity("none of our actors asked to follow " + them));
    }

    private Optional<ActorRef> ourActor(Inbound.Answer activity) {
        Optional<ActorRef> ref = ids.parse(activity.objectActor());
        if (ref.isPresent()) {
            return ref;
        }
        String recipient = activity.from().recipient();
        return recipient == null ? Optional.empty() : parseKey(recipient);
    }

    /** The blog or an author: the instance actor follows no one. */
    private static Optional<ActorRef> parseKey(String key) {
        return ActorRef.parseKey(key).filter(ref -> ref.kind() != ActorRef.Kind.INSTANCE);
    }
}
