package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.remote.RemoteActorService;
import dev.kakehashi.federation.remote.RemoteFetchException;
import dev.kakehashi.federation.remote.WebFingerClient;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.service.MoveOutService;

/**
 * A move on the wire (FEP-7628): the new account resolved as a follow target is, then fetched afresh
 * with its {@code alsoKnownAs}, and the {@code Move} our actor sends to its followers.
 */
public final class MoveProtocol implements MoveOutService.Protocol {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RemoteTargets targets;
    private final RemoteActorService remoteActors;
    private final ActorIds ids;

    public MoveProtocol(WebFingerClient webFinger, RemoteActorService remoteActors, ActorIds ids) {
        this.targets = new RemoteTargets(webFinger, remoteActors, ids);
        this.remoteActors = remoteActors;
        this.ids = ids;
    }

    @Override
    public String actorId(ActorKey me) {
        return ids.actor(ActorRef.of(me));
    }

    @Override
    public MoveOutService.Target fetch(String typed) {
        RemoteActor found = targets.resolve(typed);
        RemoteActorService.Aliased fresh;
        try {
            fresh = remoteActors.refreshWithAliases(found.uri());
        } catch (RemoteFetchException e) {
            throw RemoteTargets.unreachable(e);
        }
        return new MoveOutService.Target(fresh.actor().uri(), fresh.actor().acct(), fresh.alsoKnownAs());
    }

    @Override
    public String move(ActorKey key, String target) {
        ActorRef me = ActorRef.of(key);
        String myId = ids.actor(me);
        ObjectNode move = JSON.createObjectNode();
        move.put("@context", Contexts.ACTIVITYSTREAMS);
        // A fresh id per move: moving, staying and moving again are separate activities.
        move.put("id", ids.activity(me, ActivityType.MOVE));
        move.put("type", ActivityType.MOVE.asName());
        move.put("actor", myId);
        move.put("object", myId);
        move.put("target", target);
        move.putArray("to").add(ids.followers(me));
        return move.toString();
    }
}
