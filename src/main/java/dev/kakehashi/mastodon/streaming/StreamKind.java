package dev.kakehashi.mastodon.streaming;

import java.util.Optional;

/**
 * The streams a client may subscribe to (INTEROP B11), by Mastodon's wire names, with the scope
 * each needs and the path of its server-sent events variant.
 */
public enum StreamKind {
    USER("user", "read:statuses", "user"),
    USER_NOTIFICATION("user:notification", "read:notifications", "user/notification"),
    PUBLIC("public", "read:statuses", "public"),
    PUBLIC_MEDIA("public:media", "read:statuses", null),
    PUBLIC_LOCAL("public:local", "read:statuses", "public/local"),
    PUBLIC_LOCAL_MEDIA("public:local:media", "read:statuses", null),
    PUBLIC_REMOTE("public:remote", "read:statuses", "public/remote"),
    PUBLIC_REMOTE_MEDIA("public:remote:media", "read:statuses", null),
    HASHTAG("hashtag", "read:statuses", "hashtag"),
    HASHTAG_LOCAL("hashtag:local", "read:statuses", "hashtag/local"),
    LIST("list", "read:lists", "list"),
    DIRECT("direct", "read:statuses", "direct");

    private final String wire;
    private final String scope;
    private final String ssePath;

    StreamKind(String wire, String scope, String ssePath) {
        this.wire = wire;
        this.scope = scope;
        this.ssePath = ssePath;
    }

    public String wire() {
        return wire;
    }

    /** The granular scope it needs ({@code read} covers them all). */
    public String scope() {
        return scope;
    }

    public boolean needsTag() {
        return this == HASHTAG || this == HASHTAG_LOCAL;
    }

    public boolean isPublic() {
        return wire.startsWith("public");
    }

    public boolean onlyMedia() {
        return wire.endsWith(":media");
    }

    public static Optional<StreamKind> ofWire(String name) {
        for (StreamKind k : values()) {
            if (k.wire.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The stream of an SSE path ({@code user/notification}, {@code public/local}...); the public ones
     * take {@code only_media=true} as Mastodon's do.
     */
    public static Optional<StreamKind> ofSsePath(String path, boolean onlyMedia) {
        for (StreamKind k : values()) {
            if (path.equals(k.ssePath)) {
                return onlyMedia && k.isPublic() ? ofWire(k.wire + ":media") : Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
