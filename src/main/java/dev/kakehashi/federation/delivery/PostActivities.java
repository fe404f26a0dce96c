package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.convert.Addressing;
import dev.kakehashi.federation.convert.PostToObject;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.PostObject;
import dev.kakehashi.federation.vocab.Tombstone;
import dev.kakehashi.service.FederationSettings;

/** The Update and Delete of a post (Create and Announce come from {@link PostToObject}). */
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

    /** A fresh id per edit: Mastodon ignores an Update whose id it has already seen. */
    Activity update(Post p, FederationSettings federation, String language) {
        PostObject object = objects.convert(p, federation, language);
        String at = p.editedAt() != null ? ApJson.date(p.editedAt()) : ApJson.date(p.updatedAt());
        long stamp = (p.editedAt() != null ? p.editedAt() : p.updatedAt()).toEpochMilli();
        return new Activity(
                Contexts.object(),
                ids.post(p.id()) + "#updates/" + stamp,
                "Update",
                object.attributedTo(),
                at,
                object.to(),
                object.cc(),
                object.withoutContext());
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
                ids.post(p.id()) + "#delete",
                "Delete",
                ids.actor(by),
                t.deleted(),
                a.to(),
                a.cc(),
                new Tombstone(null, t.id(), t.type(), t.formerType(), t.deleted()));
    }
}
