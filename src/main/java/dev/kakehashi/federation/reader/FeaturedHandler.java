package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.InboxHandler;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import dev.kakehashi.federation.inbox.RejectedActivity;
import dev.kakehashi.service.RemotePinService;

/**
 * {@code Add} and {@code Remove} whose target is the sender's own featured collection: a pin and an
 * unpin (INTEROP A9.14), as Mastodon's Add and Remove read them. The signer is the activity's actor
 * (checked before), and the collection must be the one its actor document names; an Add or Remove
 * of anything else (another collection, featured hashtags) is refused, as the inbox refuses what it
 * does not know.
 */
public final class FeaturedHandler implements InboxHandler {
    private final RemotePinService pins;
    private final FeaturedPosts featured;

    public FeaturedHandler(RemotePinService pins, FeaturedPosts featured) {
        this.pins = pins;
        this.featured = featured;
    }

    @Override
    public void handle(ReceivedActivity activity) {
        JsonNode json = activity.json();
        String actor = activity.actorId();
        String target = Activities.idOf(json.get("target"));
        if (!pins.isCollectionOf(actor, target)) {
            throw new RejectedActivity("the target " + target + " is not the featured collection of " + actor);
        }
        JsonNode object = json.get("object");
        String postUri = Activities.idOf(object);
        if (postUri == null) {
            throw new RejectedActivity("the " + activity.type() + " names no object");
        }
        if (ActivityType.REMOVE.is(activity.type())) {
            pins.unpinned(actor, postUri);
            return;
        }
        String stored = featured.stored(actor, object)
                .orElseThrow(() ->
                        new RejectedActivity("the featured object " + postUri + " is not a public post of " + actor));
        pins.pinned(actor, stored);
    }
}
