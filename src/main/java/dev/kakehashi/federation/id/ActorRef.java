package dev.kakehashi.federation.id;

import dev.kakehashi.domain.ActorKey;
import java.util.Optional;

/**
 * Which local actor: the instance (application) actor, the blog, or one author. {@link #key()} is
 * the stable text stored with keys and followers, spelled by {@link ActorKey}: {@code instance},
 * {@code blog}, {@code account:<id>}.
 */
public record ActorRef(Kind kind, long accountId) {
    public enum Kind {
        INSTANCE,
        BLOG,
        AUTHOR
    }

    public static final ActorRef INSTANCE = new ActorRef(Kind.INSTANCE, 0);
    public static final ActorRef BLOG = new ActorRef(Kind.BLOG, 0);

    public static ActorRef author(long accountId) {
        return new ActorRef(Kind.AUTHOR, accountId);
    }

    /** The actor a stored key names. */
    public static ActorRef of(ActorKey key) {
        return switch (key.kind()) {
            case INSTANCE -> INSTANCE;
            case BLOG -> BLOG;
            case AUTHOR -> author(key.accountId());
        };
    }

    /** The actor a stored key's text names; empty for anything else. */
    public static Optional<ActorRef> parseKey(String text) {
        return ActorKey.parse(text).map(ActorRef::of);
    }

    public ActorKey asKey() {
        return switch (kind) {
            case INSTANCE -> ActorKey.INSTANCE;
            case BLOG -> ActorKey.BLOG;
            case AUTHOR -> ActorKey.author(accountId);
        };
    }

    public String key() {
        return asKey().text();
    }
}
