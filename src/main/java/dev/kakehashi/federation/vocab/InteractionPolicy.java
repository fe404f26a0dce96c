package dev.kakehashi.federation.vocab;

import java.util.List;

/**
 * GoToSocial's {@code interactionPolicy}, which Mastodon (4.5+) reads for quotes (INTEROP A12.4):
 * who may reply to or quote a post without asking. A sub-policy approving only the author means
 * nobody else (FEP-044f: an empty list is the same as no policy, so it is never empty).
 */
public record InteractionPolicy(Rule canReply, Rule canQuote) {
    /** {@code automaticApproval}: actors or collections whose interaction is accepted as it comes. */
    public record Rule(List<String> automaticApproval) {}

    /** Open to everyone, or replies closed (only the author may still answer in the thread). */
    public static InteractionPolicy of(String authorId, boolean repliesClosed) {
        Rule everyone = new Rule(List.of(Contexts.PUBLIC));
        return new InteractionPolicy(repliesClosed ? new Rule(List.of(authorId)) : everyone, everyone);
    }

    /**
     * A post not for everyone (followers only, direct): only {@code repliers} (its audience and the
     * author) may reply, and nobody but the author may quote it, as Mastodon allows no quote of it.
     */
    public static InteractionPolicy among(List<String> repliers, String authorId) {
        return new InteractionPolicy(new Rule(List.copyOf(repliers)), new Rule(List.of(authorId)));
    }
}
