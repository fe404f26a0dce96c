package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.convert.Addressing;
import dev.kakehashi.federation.convert.PollToQuestion;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.PostObject;
import dev.kakehashi.federation.vocab.TargetedActivity;
import dev.kakehashi.federation.vocab.Tombstone;
import dev.kakehashi.service.FederationSettings;
import java.time.Instant;

/** The Update, Delete, Add and Remove of a post (Create and Announce come from {@link PostToObject}). */
final class PostActivities {
    private final ActorIds ids;
    private final PostToObject objects;

    PostActivities(ActorIds ids) {
        this.ids = ids;
        this.objects = new PostToObject(ids);
    }

    PostToObject objects() {
        return objects;
    }

    /**
     * A fresh id per edit, and per change that is no edit (a quote approved: {@code updatedAt} moves,
     * {@code editedAt} does not): Mastodon ignores an Update whose id it has already seen.
     */
    Activity update(Post p, Poll poll, FederationSettings federation, String language) {
        PostObject object = objects.convert(p, federation, language);
        String at = p.editedAt() != null ? ApJson.date(p.editedAt()) : ApJson.date(p.updatedAt());
        boolean changedSinceEdit = p.editedAt() == null || p.updatedAt().isAfter(p.editedAt());
        return new Activity(
                Contexts.object(),
                ids.postUpdate(p.id(), changedSinceEdit ? p.updatedAt() : p.editedAt()),
                ActivityType.UPDATE,
                object.attributedTo(),
                at,
                object.to(),
                object.cc(),
                PollToQuestion.of(object.withoutContext(), poll));
    }

    /**
     * The counts of the post's poll, or its close, in an Update with a fresh id: the post itself did
     * not change, and Mastodon ignores an Update whose id it has seen.
     */
    Activity pollUpdate(Post p, Poll poll, FederationSettings federation, String language, Instant now) {
        Activity update = update(p, poll, federation, language);
        return new Activity(
                update.context(),
                ids.pollUpdate(p.id(), now),
                update.type(),
                update.actor(),
                ApJson.date(now),
                update.to(),
                update.cc(),
                update.object());
    }

    /**
     * The post going into ({@code Add}) or out of ({@code Remove}) the actor's featured collection,
     * as Mastodon sends a pin; addressed like the post itself. A fresh id each time: a post may be
     * pinned, unpinned and pinned again.
     */
    TargetedActivity pin(Post p, ActorRef by, boolean pinned, java.time.Instant at) {
        Addressing a = Addressing.of(p, ids.followers(by));
        ActivityType type = pinned ? ActivityType.ADD : ActivityType.REMOVE;
        return new TargetedActivity(
                Contexts.object(),
                ids.pin(p.id(), pinned, at),
                type,
                ids.actor(by),
                ApJson.date(at),
                a.to(),
                a.cc(),
                ids.post(p.id()),
                ids.featured(by));
    }

    /**
     * Addressed like the Create (by the post's visibility), which Mastodon needs to act on it; the
     * mentioned get it too (A9.8).
     */
    Activity delete(Post p, ActorRef by) {
        Tombstone t = objects.tombstone(p);
        Addressing a = Addressing.of(p, ids.followers(by));
        return new Activity(
                Contexts.object(),
                ids.postDelete(p.id()),
                ActivityType.DELETE,
                ids.actor(by),
                t.deleted(),
                a.to(),
                a.cc(),
                new Tombstone(null, t.id(), t.type(), t.formerType(), t.deleted()));
    }
}
