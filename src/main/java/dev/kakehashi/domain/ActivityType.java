package dev.kakehashi.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The ActivityStreams activity types Kakehashi sends or handles. Each serializes to its
 * ActivityStreams name; {@link #parse} reads a name leniently and answers empty for any other
 * type, which the inbox acknowledges and ignores.
 */
public enum ActivityType {
    CREATE("Create"),
    UPDATE("Update"),
    DELETE("Delete"),
    FOLLOW("Follow"),
    ACCEPT("Accept"),
    REJECT("Reject"),
    UNDO("Undo"),
    LIKE("Like"),
    EMOJI_REACT("EmojiReact"),
    ANNOUNCE("Announce"),
    BLOCK("Block"),
    MOVE("Move"),
    ADD("Add"),
    REMOVE("Remove"),
    FLAG("Flag"),
    QUOTE_REQUEST("QuoteRequest");

    private final String asName;

    ActivityType(String asName) {
        this.asName = asName;
    }

    /** The ActivityStreams name ({@code "EmojiReact"}), as written in JSON and stored as text. */
    @JsonValue
    public String asName() {
        return asName;
    }

    /** True when {@code name} is this type's ActivityStreams name. */
    public boolean is(String name) {
        return asName.equals(name);
    }

    /** The type named {@code name} (exact ActivityStreams spelling), or empty for null or another type. */
    public static Optional<ActivityType> parse(String name) {
        if (name != null) {
            for (ActivityType t : values()) {
                if (t.asName.equals(name)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** The stored name of a type Kakehashi itself wrote; an unknown name is a bug, not bad input. */
    public static ActivityType of(String storedName) {
        return parse(storedName)
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity type: " + storedName));
    }

    @Override
    public String toString() {
        return asName;
    }
}
