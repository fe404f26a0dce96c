package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.OutboxRepository;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Followers as delivery targets. Runs inside the fan-out's transaction. An Update or Delete of a
 * post the blog announced also goes to the blog's followers: they hold the post through the boost
 * and must see the edit or the deletion. The set dedupes, so a server following both gets it once.
 */
public final class FollowerAudience implements Audience {
    private static final Logger log = LoggerFactory.getLogger(FollowerAudience.class);

    private final FollowerRepository followers;
    private final OutboxRepository outbox;

    public FollowerAudience(FollowerRepository followers, OutboxRepository outbox) {
        this.followers = followers;
        this.outbox = outbox;
    }

    @Override
    public Set<String> followerInboxes(String actorRef) {
        return new LinkedHashSet<>(followers.acceptedInboxes(actorRef));
    }

    @Override
    public Set<String> inboxesFor(OutboxRepository.Pending activity) {
        Set<String> inboxes = followerInboxes(activity.actorRef());
        boolean editOrDelete = activity.type() == ActivityType.UPDATE || activity.type() == ActivityType.DELETE;
        String blog = ActorRef.BLOG.key();
        if (editOrDelete
                && activity.postId() != null
                && !blog.equals(activity.actorRef())
                && outbox.exists(activity.postId(), ActivityType.ANNOUNCE)) {
            inboxes.addAll(followerInboxes(blog));
        }
        return inboxes;
    }

    @Override
    public void inboxGone(String inboxUrl) {
        int removed = followers.removeByInbox(inboxUrl);
        log.info("{} answered 410 Gone: removed {} follower(s) behind it", inboxUrl, removed);
    }
}
