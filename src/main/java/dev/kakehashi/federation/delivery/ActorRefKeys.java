package dev.kakehashi.federation.delivery;

import dev.kakehashi.federation.id.ActorRef;

/** Reads back the stored text of an {@link ActorRef} ({@code instance}, {@code blog}, {@code account:<id>}). */
public final class ActorRefKeys {
    private ActorRefKeys() {}

    public static ActorRef parse(String key) {
        return ActorRef.parseKey(key).orElseThrow(() -> new IllegalArgumentException("Not a local actor: " + key));
    }
}
