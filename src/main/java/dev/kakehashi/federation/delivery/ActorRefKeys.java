package dev.kakehashi.federation.delivery;

import dev.kakehashi.federation.id.ActorRef;

/** Reads back the stored text of an {@link ActorRef} ({@code instance}, {@code blog}, {@code account:<id>}). */
public final class ActorRefKeys {
    private ActorRefKeys() {}

    public static ActorRef parse(String key) {
        if ("instance".equals(key)) {
            return ActorRef.INSTANCE;
        }
        if ("blog".equals(key)) {
            return ActorRef.BLOG;
        }
        if (key != null && key.startsWith("account:")) {
            try {
                return ActorRef.author(Long.parseLong(key.substring("account:".length())));
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new IllegalArgumentException("Not a local actor: " + key);
    }
}
