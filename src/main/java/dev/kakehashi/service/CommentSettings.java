package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.store.Transactions;
import java.util.Locale;

/** Site-wide comment settings kept in site_setting ({@code comments.*}). */
public final class CommentSettings {
    /** What happens to the comments of a remote account that was deleted. */
    public enum ActorDeletion {
        /** The comments become "deleted" placeholders (the default). */
        DELETE,
        /** The text stays, shown as by a deleted account, without name, avatar or links. */
        ANONYMIZE
    }

    static final String ACTOR_DELETION = "comments.actor_deletion";

    private final Transactions tx;
    private final SiteSettingsCache settings;

    public CommentSettings(Transactions tx, SiteSettingsCache settings) {
        this.tx = tx;
        this.settings = settings;
    }

    public ActorDeletion actorDeletion() {
        String raw = settings.all().get(ACTOR_DELETION);
        return parse(raw) == null ? ActorDeletion.DELETE : parse(raw);
    }

    /** @throws InvalidInputException when {@code raw} is not one of the choices */
    public void setActorDeletion(String raw) {
        ActorDeletion choice = parse(raw);
        if (choice == null) {
            throw InvalidInputException.of("actorDeletion", "Choose delete or anonymize");
        }
        tx.run(() -> settings.put(ACTOR_DELETION, choice.name()));
    }

    private static ActorDeletion parse(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return ActorDeletion.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
