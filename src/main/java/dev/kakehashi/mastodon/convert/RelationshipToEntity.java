package dev.kakehashi.mastodon.convert;

import dev.kakehashi.mastodon.entity.RelationshipEntity;
import dev.kakehashi.service.Relationship;
import java.util.List;

/**
 * A relationship as Mastodon's entity: reblogs of a followed account are shown (the blog keeps
 * them), {@code notifying} when the author asked to be told of its new posts; {@code endorsed} and
 * {@code note} are the author's own.
 */
public final class RelationshipToEntity {
    private RelationshipToEntity() {}

    public static RelationshipEntity of(Relationship r) {
        boolean follows = r.following() || r.requested();
        return new RelationshipEntity(
                Long.toString(r.id()),
                r.following(),
                follows,
                r.notifying(),
                follows ? List.of() : null,
                r.followedBy(),
                r.blocking(),
                r.blockedBy(),
                r.muting(),
                r.mutingNotifications(),
                r.requested(),
                r.requestedBy(),
                r.domainBlocking(),
                r.endorsed(),
                r.note());
    }
}
