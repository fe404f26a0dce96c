package dev.kakehashi.federation.id;

/**
 * Which local actor: the instance (application) actor, the blog, or one author. {@link #key()} is
 * the stable text stored with keys and followers: {@code instance}, {@code blog}, {@code account:<id>}.
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

    public String key() {
        switch (kind) {
            case INSTANCE:
                return "instance";
            case BLOG:
                return "blog";
            default:
                return "account:" + accountId;
        }
    }
}
