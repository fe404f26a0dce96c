package dev.kakehashi.store;

import dev.kakehashi.domain.FollowState;

/**
 * Which posts from elsewhere a timeline or reader may show, as SQL conditions on a {@code
 * remote_post p}: shared with everyone, or PRIVATE and shared with one author; followed by that
 * author or by the blog, whose actor every author speaks as.
 */
final class RemoteAudience {
    private RemoteAudience() {}

    /**
     * What a timeline may list: neither a DIRECT post (sent to some of our authors only) nor a
     * PRIVATE one (a followers-only post that reached us by mentioning some of them).
     */
    static final String SHARED = "p.visibility not in ('DIRECT', 'PRIVATE')";

    /**
     * What the home or list timeline of the account {@code accountId} (an SQL expression) may list:
     * a {@link #SHARED} post, or a PRIVATE one addressed to that account (a followers-only post of
     * someone it follows, or one mentioning it) or to the blog, whose actor every author shares (a
     * followers-only post of someone the blog follows).
     */
    static String sharedWith(String accountId) {
        return "(" + SHARED + " or (p.visibility = 'PRIVATE' and (exists (select 1 from remote_post_audience x"
                + " where x.remote_post_id = p.id and x.account_id = " + accountId + ")"
                + " or p.actor_uri in (select g.remote_actor_uri from following g where g.local_actor = 'blog'"
                + " and g.state = '" + FollowState.ACCEPTED.name() + "'))))";
    }

    /**
     * The actors an author reads, as an SQL sub-query: those their own actor ({@code localActor}, an
     * SQL expression) follows, and those the blog follows, since every author speaks as the blog.
     */
    static String followedBy(String localActor) {
        return "(select f.remote_actor_uri from following f where f.local_actor in (" + localActor + ", 'blog'))";
    }

    /**
     * Whether the remote post {@code p} (live, not direct) shows in the home of the local actor and
     * account given as SQL expressions: by a follow (the author's or the blog's) outside exclusive lists or a followed hashtag,
     * unless its author is muted at {@code :now}. Also read by {@link HomeAudienceRepository}.
     */
    static String shownInHome(String localActor, String accountId) {
        return "((p.actor_uri in " + followedBy(localActor)
                + " and p.actor_uri not in " + MuteRepository.exclusiveListMembers(accountId) + ")"
                + " or p.id in (select t.post_id from remote_post_tag t join followed_tag ft on ft.name = t.name"
                + " where ft.account_id = " + accountId + "))"
                + " and p.actor_uri not in " + MuteRepository.mutedAtNow(accountId);
    }
}
