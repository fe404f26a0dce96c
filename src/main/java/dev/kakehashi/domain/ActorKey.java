package dev.kakehashi.domain;

import java.util.Optional;

/**
 * Which local actor a row belongs to, as keys, followers, follows, reactions and outbox rows store
 * it: {@code instance}, {@code blog} or {@code account:<id>}. The services and federation's {@code
 * ActorRef} write and read that text through this one type, so it has one spelling.
 */
public record ActorKey(Kind kind, long accountId) {
    public enum Kind {
        INSTANCE,
        BLOG,
        AUTHOR
    }

    private static final String AUTHOR_PREFIX = "account:";

    public static final ActorKey INSTANCE = new ActorKey(Kind.INSTANCE, 0);
    public static final ActorKey BLOG = new ActorKey(Kind.BLOG, 0);

    public static ActorKey author(long accountId) {
        return new ActorKey(Kind.AUTHOR, accountId);
    }

    /** The stored text: {@code instance}, {@code blog} or {@code account:<id>}. */
    public String text() {
        return switch (kind) {
            case INSTANCE -> "instance";
            case BLOG -> "blog";
            case AUTHOR -> AUTHOR_PREFIX + accountId;
        };
    }

    public boolean isAuthor() {
        return kind == Kind.AUTHOR;
    }

    /** The key a stored text names; empty for null or anything else. */
    public static Optional<ActorKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals(INSTANCE.text())) {
            return Optional.of(INSTANCE);
        }
        if (text.equals(BLOG.text())) {
            return Optional.of(BLOG);
        }
        if (text.startsWith(AUTHOR_PREFIX)) {
            try {
                return Optional.of(author(Long.parseLong(text.substring(AUTHOR_PREFIX.length()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
