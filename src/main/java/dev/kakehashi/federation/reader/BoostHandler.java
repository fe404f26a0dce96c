package dev.kakehashi.federation.reader;

import dev.kakehashi.federation.inbox.ActivityHandler;
import dev.kakehashi.federation.inbox.Inbound;
import dev.kakehashi.service.RemoteBoostService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@code Announce} of a post on another server, by someone our authors follow: the boosted post
 * is read or fetched ({@link AnnouncedObjects}) and the boost kept by {@link RemoteBoostService}.
 * Boosts by accounts nobody here follows are acknowledged and dropped before any fetch.
 */
public final class BoostHandler implements ActivityHandler<Inbound.Announce> {
    private static final Logger log = LoggerFactory.getLogger(BoostHandler.class);

    private final AnnouncedObjects objects;
    private final RemoteBoostService boosts;

    public BoostHandler(AnnouncedObjects objects, RemoteBoostService boosts) {
        this.objects = objects;
        this.boosts = boosts;
    }

    @Override
    public void handle(Inbound.Announce activity) {
        String announceId = activity.id();
        String booster = activity.actorId();
        if (!boosts.kept(booster)) {
            log.debug("Ignored the boost {} by {}: nobody here follows them", announceId, booster);
            return;
        }
        if (boosts.known(announceId)) {
            return;
        }
        AnnouncedObjects.Boosted boosted = objects.resolve(booster, activity);
        boosts.boosted(
                announceId, booster, boosted.post(), boosted.media(), ObjectToRemotePost.instant(activity.published()));
    }
}
