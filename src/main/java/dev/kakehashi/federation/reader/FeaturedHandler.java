package dev.kakehashi.federation.reader;

import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.RemotePinService;

/**
 * {@code Add} and {@code Remove} whose target is the sender's own featured collection: a pin and an
 * unpin (INTEROP A9.14), as Mastodon's Add and Remove read them. The signer is the activity's actor
 * (checked before), and the collection must be the one its actor document names; an Add or Remove
 * of anything else (another collection, featured hashtags) is refused, as the inbox refuses what it
 * does not know.
 */
public final class FeaturedHandler implements ActivityHandler<Inbound.CollectionEdit> {
    private final RemotePinService pins;
    private final FeaturedPosts featured;

    public FeaturedHandler(RemotePinService pins, FeaturedPosts featured) {
        this.pins = pins;
        this.featured = featured;
    }

    @Override
    public void handle(Inbound.CollectionEdit activity) {
        String actor = activity.actorId();
        String target = activity.target();
        if (!pins.isCollectionOf(actor, target)) {
            throw new RejectedActivity("the target " + target + " is not the featured collection of " + actor);
        }
        String postUri = activity.objectId();
        if (activity.removes()) {
            pins.unpinned(actor, postUri);
            return;
        }
        String stored = featured.stored(actor, activity.object())
                .orElseThrow(() ->
                        new RejectedActivity("the featured object " + postUri + " is not a public post of " + actor));
        pins.pinned(actor, stored);
    }
}
