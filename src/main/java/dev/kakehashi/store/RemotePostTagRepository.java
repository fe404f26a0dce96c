package dev.kakehashi.store;

import dev.kakehashi.domain.RemoteMention;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.RemoteTag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The hashtags and mentions of posts received from elsewhere (the remote_post_tag and
 * remote_post_mention tables): written with their post by {@link RemotePostRepository} (added,
 * replaced by an Update, removed by a Delete), read here for a page of posts at once.
 */
public final class RemotePostTagRepository {
    /** The hashtags and mentions of a page's posts, by post id, each list in its post's order. */
    public record Tagged(Map<Long, List<RemoteTag>> tags, Map<Long, List<RemoteMention>> mentions) {
        public static final Tagged NONE = new Tagged(Map.of(), Map.of());

        public List<RemoteTag> tagsOf(long postId) {
            return tags.getOrDefault(postId, List.of());
        }

        public List<RemoteMention> mentionsOf(long postId) {
            return mentions.getOrDefault(postId, List.of());
        }
    }

    /** The {@code kind} of a hashtag's row in {@link #ofPosts}; a mention's is 1. */
    private static final int TAG = 0;

    private final Transactions tx;

    public RemotePostTagRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The hashtags and mentions of these posts, in one statement. */
    public Tagged ofPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Tagged.NONE;
        }
        Map<Long, List<RemoteTag>> tags = new HashMap<>();
        Map<Long, List<RemoteMention>> mentions = new HashMap<>();
        Rows.listIn(
                        tx.session(),
                        "select post_id, 0 as kind, name, href, 0 as position from remote_post_tag"
                                + " where post_id in (:ids)"
                                + " union all select post_id, 1 as kind, acct, actor_uri, position"
                                + " from remote_post_mention where post_id in (:ids)"
                                + " order by post_id, kind, position, name",
                        "ids",
                        postIds,
                        q -> q,
                        r -> r)
                .forEach(r -> {
                    long post = r.lng("post_id");
                    if (r.integer("kind") == TAG) {
                        tags.computeIfAbsent(post, p -> new ArrayList<>())
                                .add(new RemoteTag(r.str("name"), r.str("href")));
                    } else {
                        mentions.computeIfAbsent(post, p -> new ArrayList<>())
                                .add(new RemoteMention(r.str("href"), r.str("name")));
                    }
                });
        return new Tagged(tags, mentions);
    }

    /** Gives the live post {@code uri} the hashtags and mentions of {@code c}, in place of those it had. */
    static void replace(Session session, String uri, RemotePostContent c) {
        clear(session, uri);
        for (RemoteTag t : c.tags()) {
            session.createNativeMutationQuery("insert into remote_post_tag (post_id, name, href) select id, :n, :h"
                            + " from remote_post where uri = :u on conflict do nothing")
                    .setParameter("n", t.name())
                    .setParameter("h", t.href(), String.class)
                    .setParameter("u", uri)
                    .executeUpdate();
        }
        int position = 0;
        for (RemoteMention m : c.mentions()) {
            session.createNativeMutationQuery("insert into remote_post_mention (post_id, actor_uri, acct, position)"
                            + " select id, :a, :acct, :pos from remote_post where uri = :u on conflict do nothing")
                    .setParameter("a", m.actorUri())
                    .setParameter("acct", m.acct())
                    .setParameter("pos", position++)
                    .setParameter("u", uri)
                    .executeUpdate();
        }
    }

    /** Removes the hashtags and mentions of the post {@code uri}. */
    static void clear(Session session, String uri) {
        for (String table : List.of("remote_post_tag", "remote_post_mention")) {
            session.createNativeMutationQuery(
                            "delete from " + table + " where post_id in (select id from remote_post where uri = :u)")
                    .setParameter("u", uri)
                    .executeUpdate();
        }
    }
}
