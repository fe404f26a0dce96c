package dev.kakehashi.federation.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.Lenient;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.RemoteActorRepository;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Followers, plus every remote actor the activity addresses by id in {@code to}/{@code cc} (the
 * people a post mentions, the person an answer replies to): the addressing in the JSON is the one
 * truth of who gets it. A mentioned actor whose server already gets the activity through its shared
 * inbox is covered; otherwise its own inbox is added (INTEROP A11.1). Actors not in the cache are
 * not addressed people (collections, Public) and are skipped; so are deleted ones.
 */
public final class AddressedAudience implements Audience {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A body addressing more actors than this is not ours to fan out further. */
    static final int MAX_ADDRESSED = 200;

    private final Audience followers;
    private final RemoteActorRepository actors;

    public AddressedAudience(Audience followers, RemoteActorRepository actors) {
        this.followers = followers;
        this.actors = actors;
    }

    @Override
    public Set<String> followerInboxes(String actorRef) {
        return followers.followerInboxes(actorRef);
    }

    @Override
    public Set<String> inboxesFor(OutboxRepository.Pending activity) {
        Set<String> inboxes = new LinkedHashSet<>(followers.inboxesFor(activity));
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
