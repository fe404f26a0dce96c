package dev.kakehashi.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.federation.vocab.Lenient;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbound activities Kakehashi handles, each read once from its JSON when it is dispatched
 * ({@code inbox.table.InboxTable} names the reader of each pair). The records several handlers
 * share live here; a record only one handler reads may live in that handler's file, built from
 * {@link Envelope#of} and the fields it needs. A required field that is missing or of the
 * wrong shape throws {@link RejectedActivity}, so the row is rejected with the reason before any
 * handler runs. Handlers read these records, never the activity's JSON; where a handler needs an
 * embedded post or activity, the record keeps that object's JSON alone.
 */
public interface Inbound {
    /** What every stored activity has: its id, type, signer and the local inbox it came to. */
    Envelope from();

    /** The activity's actor, already checked to be its signer. */
    default String actorId() {
        return from().actorId();
    }

    /**
     * @param recipient the local actor whose own inbox got it ("blog", "account:12"...), or null for
     *     the shared inbox
     */
    record Envelope(String id, String type, String actorId, String recipient) {
        public static Envelope of(ReceivedActivity activity) {
            return new Envelope(activity.id(), activity.type(), activity.actorId(), activity.recipient());
        }
    }

    /** Reads one kind of record from a received activity. */
    @FunctionalInterface
    interface Reader<A extends Inbound> {
        /** @throws RejectedActivity when a required field is missing or malformed */
        A read(ReceivedActivity activity);
    }

    /** A Follow of {@code object}, the followed actor's id (null when the Follow names none). */
    record Follow(Envelope from, String object) implements Inbound {
        public static Follow of(ReceivedActivity activity) {
            return new Follow(Envelope.of(activity), Activities.objectId(activity.json()));
        }
    }

    /**
     * An Accept or a Reject (the envelope's type says which) of {@code object}, one of our Follows or
     * QuoteRequests.
     *
     * @param objectActor the actor of the embedded answered activity, or null when it is an id
     * @param result a QuoteRequest's stamp (FEP-044f), or null
     */
    record Answer(Envelope from, String object, String objectActor, String result) implements Inbound {
        public static Answer of(ReceivedActivity activity) {
            JsonNode json = activity.json();
            JsonNode object = json.get("object");
            return new Answer(
                    Envelope.of(activity),
                    Activities.idOf(object),
                    object != null && object.isObject() ? Activities.actorId(object) : null,
                    Activities.idOf(json.get("result")));
        }
    }

    /**
     * An activity embedded in another (the Follow, Like, Announce or Block an Undo takes back).
     *
     * @param json the embedded activity as sent, for what only one handler reads (a reaction's emoji)
     */
    record Embedded(String id, String type, String actorId, String object, JsonNode json) {
        static Embedded of(JsonNode node) {
            return new Embedded(
                    Activities.idOf(node.get("id")),
                    node.path("type").asText(""),
                    Activities.actorId(node),
                    Activities.objectId(node),
                    node);
        }
    }

    /**
     * An Undo of the activity {@code object} names.
     *
     * @param object the undone activity's id, whether sent alone or embedded
     * @param embedded the undone activity when it is embedded, else null
     */
    record Undo(Envelope from, String object, Embedded embedded) implements Inbound {
        public static Undo of(ReceivedActivity activity) {
            JsonNode object = activity.json().path("object");
            Embedded embedded = object.isObject() ? Embedded.of(object) : null;
            String id = Activities.idOf(object);
            if (id == null && embedded == null) {
                throw new RejectedActivity("the Undo names nothing");
            }
            return new Undo(Envelope.of(activity), id, embedded);
        }
    }

    /**
     * A Like or an EmojiReact of {@code object}.
     *
     * @param id the Like's own id
     * @param emoji the reaction's emoji ({@link Emoji#of}), or null for a plain like
     */
    record Like(Envelope from, String id, String object, String emoji) implements Inbound {
        public static Like of(ReceivedActivity activity) {
            JsonNode json = activity.json();
            String type = activity.type();
            String id = required(Activities.idOf(json.get("id")), "the " + type + " has no id");
            String object = required(Activities.objectId(json), "the " + type + " names no object");
            String emoji = Emoji.of(json);
            if (ActivityType.EMOJI_REACT.is(type) && emoji == null) {
                throw new RejectedActivity("the EmojiReact has no emoji");
            }
            return new Like(Envelope.of(activity), id, object, emoji);
        }
    }

    /**
     * An Announce (a boost) of {@code object}.
     *
     * @param embedded the boosted post when it is embedded, else null
     * @param published when it was boosted, as sent, or null
     */
    record Announce(Envelope from, String id, String object, JsonNode embedded, String published) implements Inbound {
        public static Announce of(ReceivedActivity activity) {
            JsonNode json = activity.json();
            String id = required(Activities.idOf(json.get("id")), "the Announce has no id");
            String object = required(Activities.objectId(json), "the Announce names no object");
            JsonNode node = json.get("object");
            return new Announce(
                    Envelope.of(activity),
                    id,
                    object,
                    node.isObject() ? node : null,
                    Lenient.text(json.get("published")));
        }
    }

    /** Whom an activity is addressed to, as ids, field by field. */
    record Audience(List<String> to, List<String> cc, List<String> bto, List<String> bcc, List<String> audience) {
        public static Audience of(JsonNode json) {
            return new Audience(
                    ids(json.get("to")),
                    ids(json.get("cc")),
                    ids(json.get("bto")),
                    ids(json.get("bcc")),
                    ids(json.get("audience")));
        }

        /** Every id of every field. */
        public List<String> all() {
            List<String> all = new ArrayList<>(to);
            all.addAll(cc);
            all.addAll(bto);
            all.addAll(bcc);
            all.addAll(audience);
            return all;
        }
    }

    /**
     * A Create of a post, embedded as {@code object}.
     *
     * @param audience the Create's own addressing (a post may leave its own out)
     */
    record Create(Envelope from, JsonNode object, Audience audience) implements Inbound {
        public static Create of(ReceivedActivity activity) {
            JsonNode object = activity.json().get("object");
            if (!NoteAuthorship.isPost(object)) {
                throw new RejectedActivity("the object is not an embedded Note, Article or Page");
            }
            return new Create(Envelope.of(activity), object, Audience.of(activity.json()));
        }
    }

    /**
     * An Update of a post or an actor.
     *
     * @param objectId the updated object's id, or null
     * @param object the updated object when embedded, else null
     */
    record Update(Envelope from, String objectId, JsonNode object, Audience audience) implements Inbound {
        public static Update of(ReceivedActivity activity) {
            JsonNode object = activity.json().get("object");
            return new Update(
                    Envelope.of(activity),
                    Activities.idOf(object),
                    object != null && object.isObject() ? object : null,
                    Audience.of(activity.json()));
        }
    }

    /** A Delete of {@code object}: a post (as a Tombstone, itself or its id) or the actor itself. */
    record Delete(Envelope from, String object) implements Inbound {
        public static Delete of(ReceivedActivity activity) {
            String object = required(Activities.objectId(activity.json()), "the Delete has no object id");
            return new Delete(Envelope.of(activity), object);
        }
    }

    /** A Block of {@code object}, the blocked actor's id (null when the Block names none). */
    record Block(Envelope from, String object) implements Inbound {
        public static Block of(ReceivedActivity activity) {
            return new Block(Envelope.of(activity), Activities.objectId(activity.json()));
        }
    }

    /**
     * A Flag (a report) of the objects it names.
     *
     * @param objects the ids of the reported actors and posts, as sent
     * @param content the reporter's comment, or null
     */
    record Flag(Envelope from, List<String> objects, String content) implements Inbound {
        public static Flag of(ReceivedActivity activity) {
            List<String> objects = new ArrayList<>();
            for (JsonNode node : Lenient.asArray(activity.json().get("object"))) {
                String id = Activities.idOf(node);
                if (id != null) {
                    objects.add(id);
                }
            }
            return new Flag(
                    Envelope.of(activity), objects, Lenient.text(activity.json().get("content")));
        }
    }

    /**
     * A Move of the account {@code object} to {@code target}.
     *
     * @param object the moved account (null when the Move omits it)
     */
    record Move(Envelope from, String object, String target) implements Inbound {
        public static Move of(ReceivedActivity activity) {
            String target = required(Activities.idOf(activity.json().get("target")), "the Move names no new account");
            return new Move(Envelope.of(activity), Activities.objectId(activity.json()), target);
        }
    }

    /**
     * A QuoteRequest (FEP-044f): may {@code instrument} quote our post {@code object}?
     *
     * @param embeddedInstrument the quoting post when embedded, else null
     */
    record QuoteRequest(Envelope from, String id, String object, String instrument, JsonNode embeddedInstrument)
            implements Inbound {
        public static QuoteRequest of(ReceivedActivity activity) {
            JsonNode json = activity.json();
            String id = Activities.idOf(json);
            String quoted = Activities.objectId(json);
            JsonNode instrument = json.get("instrument");
            String quoting = Activities.idOf(instrument);
            if (id == null || quoted == null || quoting == null) {
                throw new RejectedActivity("a QuoteRequest needs an id, an object and an instrument");
            }
            return new QuoteRequest(
                    Envelope.of(activity), id, quoted, quoting, instrument.isObject() ? instrument : null);
        }
    }

    /**
     * An Add or a Remove (the envelope's type says which) of {@code objectId} to or from the
     * collection {@code target}.
     *
     * @param target the collection's id, or null
     * @param object the added object when embedded, else its id
     */
    record CollectionEdit(Envelope from, String target, String objectId, JsonNode object) implements Inbound {
        public static CollectionEdit of(ReceivedActivity activity) {
            JsonNode json = activity.json();
            String objectId =
                    required(Activities.idOf(json.get("object")), "the " + activity.type() + " names no object");
            return new CollectionEdit(
                    Envelope.of(activity), Activities.idOf(json.get("target")), objectId, json.get("object"));
        }

        /** True for a Remove. */
        public boolean removes() {
            return ActivityType.REMOVE.is(from.type());
        }
    }

    private static List<String> ids(JsonNode field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode node : Lenient.asArray(field)) {
            String id = Lenient.idOf(node);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String required(String value, String reason) {
        if (value == null) {
            throw new RejectedActivity(reason);
        }
        return value;
    }
}
