package dev.kakehashi.store;

import dev.kakehashi.domain.AccountList;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.Visibility;
import java.time.Instant;
import java.util.List;

/** Timelines of posts received from elsewhere: home, a list, one actor's, the federated one. */
public final class RemoteTimelineRepository {
    private final Transactions tx;

    public RemoteTimelineRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * A home timeline's posts from elsewhere, in an id range: those of the actors {@code localActor}
     * (the author {@code accountId}) follows, less the members of the author's exclusive lists, and
     * those carrying a hashtag the author follows; never those of an actor the author has muted at
     * {@code now}.
     */
    public List<RemotePost> homeIn(String localActor, long accountId, IdRange range, Instant now) {
        return RemotePostRepository.read(
                tx,
                "where p.deleted_at is null and " + RemoteAudience.sharedWith(":acc") + " and " + range.where("p.id")
                        + " and " + RemoteAudience.shownInHome(":l", ":acc") + range.order("p.id"),
                range.limit(),
                q -> q.setParameter("l", localActor)
                        .setParameter("acc", accountId)
                        .setParameter("now", now)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below()));
    }

    /**
     * Live posts of the members of list {@code listId} its author ({@code localActor}, the account
     * {@code accountId}) or the blog still follows. Replies pass by the list's policy, as on Mastodon: a reply to
     * oneself or to the list's author always; to someone followed ({@code FOLLOWED}) or to a member
     * ({@code LIST}) by the policy; never for {@code NONE}. A reply whose target is not stored here
     * is to someone unknown.
     *
     * @param ownPosts the prefix of the blog's post ids ({@code https://blog.example/posts/})
     */
    public List<RemotePost> byListIn(
            long listId,
            String localActor,
            long accountId,
            AccountList.RepliesPolicy policy,
            String ownPosts,
            IdRange range) {
        String replies =
                switch (policy) {
                    case FOLLOWED -> " or exists (select 1 from remote_post q where q.uri = p.in_reply_to"
                            + " and q.actor_uri in " + RemoteAudience.followedBy(":l") + ")";
                    case LIST -> " or exists (select 1 from remote_post q join account_list_member m on"
                            + " m.actor_uri = q.actor_uri where q.uri = p.in_reply_to and m.list_id = :list)";
                    case NONE -> "";
                };
        return RemotePostRepository.read(
                tx,
                "where p.deleted_at is null and " + RemoteAudience.sharedWith(":acc") + " and " + range.where("p.id")
                        + " and p.actor_uri in (select m.actor_uri from account_list_member m where m.list_id = :list)"
                        + " and p.actor_uri in " + RemoteAudience.followedBy(":l")
                        + " and (p.in_reply_to is null"
                        + " or exists (select 1 from remote_post q where q.uri = p.in_reply_to and q.actor_uri = p.actor_uri)"
                        + " or exists (select 1 from post lp where lp.author_id = :acc"
                        + " and concat(:own, cast(lp.id as varchar(20))) = p.in_reply_to)"
                        + replies + ")" + range.order("p.id"),
                range.limit(),
                q -> q.setParameter("list", listId)
                        .setParameter("l", localActor)
                        .setParameter("acc", accountId)
                        .setParameter("own", ownPosts)
                        .setParameter("above", range.above())
                        .setParameter("below", range.below()));
    }

    /**
     * The live posts of one actor that anyone here may read (neither direct nor followers-only), in
     * an id range; without its replies when {@code excludeReplies}, and only those carrying the
     * hashtag {@code tag} (whatever its case) when it is not null; only those with attachments when
     * {@code onlyMedia}.
     */
    public List<RemotePost> byActorIn(
            String actorUri, boolean excludeReplies, boolean onlyMedia, String tag, IdRange range) {
        return RemotePostRepository.read(
                tx,
                "where p.deleted_at is null and " + RemoteAudience.SHARED + " and p.actor_uri = :a and "
                        + range.where("p.id") + (excludeReplies ? " and p.in_reply_to is null" : "")
                        + (onlyMedia
                                ? " and exists (select 1 from remote_post_media m where m.remote_post_id = p.id)"
                                : "")
                        + (tag == null
                                ? ""
                                : " and p.id in (select t.post_id from remote_post_tag t where lower(t.name) = :tag)")
                        + range.order("p.id"),
                range.limit(),
                q -> {
                    q.setParameter("a", actorUri)
                            .setParameter("above", range.above())
                            .setParameter("below", range.below());
                    return tag == null ? q : q.setParameter("tag", tag.toLowerCase(java.util.Locale.ROOT));
                });
    }

    /**
     * The live public posts received from elsewhere (the federated timeline's remote half), in an id
     * range; only those with attachments when {@code onlyMedia}; for a signed-in viewer ({@code
     * accountId} not null) never those of an actor they have muted at {@code now}.
     */
    public List<RemotePost> publicIn(Long accountId, boolean onlyMedia, IdRange range, Instant now) {
        return RemotePostRepository.read(
                tx,
                "where p.deleted_at is null and p.visibility = '" + Visibility.PUBLIC.name() + "' and "
                        + range.where("p.id")
                        + (onlyMedia
                                ? " and exists (select 1 from remote_post_media m where m.remote_post_id = p.id)"
                                : "")
                        + (accountId == null ? "" : " and p.actor_uri not in " + MuteRepository.mutedAtNow(":acc"))
                        + range.order("p.id"),
                range.limit(),
                q -> {
                    q.setParameter("above", range.above()).setParameter("below", range.below());
                    return accountId == null
                            ? q
                            : q.setParameter("acc", accountId).setParameter("now", now);
                });
    }
}
