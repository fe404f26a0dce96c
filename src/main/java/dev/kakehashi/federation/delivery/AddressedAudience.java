package dev.kakehashi.federation.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.RemoteActorRepository;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Followers, plus every remote actor the activity addresses by id in {@code to}/{@code cc} (the
 * people a post mentions, the person an answer replies to): the addressing in the JSON is the one
 * truth of who gets it. A mentioned actor whose server already gets the activity through its shared
 * inbox is covered; otherwise its own inbox is added (INTEROP A11.1). Actors not in the cache are
 * not addressed people (collections, Public) and are skipped; so are deleted ones. A post's activity,
 * or the Create or Update of an author's answer, that addresses neither Public nor its actor's followers (a
 * direct post, an answer under one) skips the followers.
 */
public final class AddressedAudience implements Audience {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A body addressing more actors than this is not ours to fan out further. */
    static final int MAX_ADDRESSED = 200;

    private final Audience followers;
    private final RemoteActorRepository actors;
    private final Function<String, String> followersCollection;

    /** @param followersCollection a local actor's followers collection id, by its actor key */
    public AddressedAudience(
            Audience followers, RemoteActorRepository actors, Function<String, String> followersCollection) {
        this.followers = followers;
        this.actors = actors;
        this.followersCollection = followersCollection;
    }

    @Override
    public Set<String> followerInboxes(String actorRef) {
        return followers.followerInboxes(actorRef);
    }

    @Override
    public Set<String> inboxesFor(OutboxRepository.Pending activity) {
        Set<String> inboxes = new LinkedHashSet<>();
        if (!followsItsAddressing(activity)
                || reachesFollowers(activity.body(), followersCollection.apply(activity.actorRef()))) {
            inboxes.addAll(followers.inboxesFor(activity));
        }
        for (String id : addressed(activity.body())) {
            Optional<RemoteActor> actor = actors.byUri(id).filter(a -> !a.isGone());
            if (actor.isEmpty()) {
                continue;
            }
            String shared = actor.get().sharedInbox();
            if (shared == null || !inboxes.contains(shared)) {
                inboxes.add(actor.get().inbox());
            }
        }
        return inboxes;
    }

    @Override
    public void inboxGone(String inboxUrl) {
        followers.inboxGone(inboxUrl);
    }

    /**
     * Whether who gets the activity is decided by its to/cc alone: a post's activities, and the
     * Create and Update of an answer (the only ones not tied to a post besides a profile's Update,
     * which addresses Public), so an edit reaches those the Create reached. Others (Announce,
     * Undo...) go to the followers as always.
     */
    static boolean followsItsAddressing(OutboxRepository.Pending activity) {
        return activity.postId() != null
                || activity.type() == ActivityType.CREATE
                || activity.type() == ActivityType.UPDATE;
    }

    /** Whether the activity's own to/cc name Public or {@code followersUri}. */
    static boolean reachesFollowers(String body, String followersUri) {
        JsonNode activity;
        try {
            activity = body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            return false;
        }
        if (activity == null) {
            return false;
        }
        for (String field : new String[] {"to", "cc"}) {
            for (JsonNode v : Lenient.asArray(activity.get(field))) {
                String id = Lenient.idOf(v);
                if (id != null && (isPublic(id) || id.equals(followersUri))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ids in the activity's to/cc/bto/bcc, and its object's, other than Public. */
    static Set<String> addressed(String body) {
        Set<String> ids = new LinkedHashSet<>();
        if (body == null) {
            return ids;
        }
        JsonNode activity;
        try {
            activity = JSON.readTree(body);
        } catch (IOException e) {
            return ids;
        }
        collect(activity, ids);
        if (activity != null && activity.path("object").isObject()) {
            collect(activity.get("object"), ids);
        }
        return ids;
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node == null) {
            return;
        }
        for (String field : new String[] {"to", "cc", "bto", "bcc"}) {
            for (JsonNode v : Lenient.asArray(node.get(field))) {
                String id = Lenient.idOf(v);
                if (id != null && into.size() < MAX_ADDRESSED && !isPublic(id)) {
                    into.add(id);
                }
            }
        }
    }

    private static boolean isPublic(String id) {
        return id.equals(Contexts.PUBLIC) || id.equals("as:Public") || id.equals("Public");
    }
}
