package dev.kakehashi.store;

import dev.kakehashi.domain.RemoteMedia;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The attachments of posts received from elsewhere (the remote_post_media table). */
public final class RemoteMediaRepository {
    private final Transactions tx;

    public RemoteMediaRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Replaces a post's attachments with {@code media} (none removes them). */
    public void replace(long remotePostId, List<RemoteMedia> media) {
        tx.session().flush();
        tx.session()
                .createNativeMutationQuery("delete from remote_post_media where remote_post_id = :p")
                .setParameter("p", remotePostId)
                .executeUpdate();
        for (RemoteMedia m : media) {
            tx.session()
                    .createNativeMutationQuery("insert into remote_post_media (remote_post_id, position, url,"
                            + " media_type, kind, description, blurhash, focus_x, focus_y, width, height) values"
                            + " (:p, :pos, :url, :type, :kind, :alt, :hash, :fx, :fy, :w, :h)")
                    .setParameter("p", remotePostId)
                    .setParameter("pos", m.position())
                    .setParameter("url", m.url())
                    .setParameter("type", m.mediaType(), String.class)
                    .setParameter("kind", m.kind().name())
                    .setParameter("alt", m.description(), String.class)
                    .setParameter("hash", m.blurhash(), String.class)
                    .setParameter("fx", m.focusX(), Double.class)
                    .setParameter("fy", m.focusY(), Double.class)
                    .setParameter("w", m.width(), Integer.class)
                    .setParameter("h", m.height(), Integer.class)
                    .executeUpdate();
        }
    }

    /** The attachments of these posts in one query, by post id, each list in its post's order. */
    public Map<Long, List<RemoteMedia>> ofPosts(Collection<Long> remotePostIds) {
        Map<Long, List<RemoteMedia>> out = new HashMap<>();
        if (remotePostIds.isEmpty()) {
            return out;
        }
        Rows.listIn(
                        tx.session(),
                        "select remote_post_id, position, url, media_type, kind, description, blurhash, focus_x,"
                                + " focus_y, width, height from remote_post_media where remote_post_id in (:ids)"
                                + " order by remote_post_id, position",
                        "ids",
                        remotePostIds,
                        q -> q,
                        r -> Map.entry(r.lng("remote_post_id"), row(r)))
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** The attachments of one post, in order. */
    public List<RemoteMedia> of(long remotePostId) {
        return ofPosts(List.of(remotePostId)).getOrDefault(remotePostId, List.of());
    }

    private static RemoteMedia row(Rows.Row r) {
        return new RemoteMedia(
                r.integer("position"),
                r.str("url"),
                r.str("media_type"),
                r.enumOf(RemoteMedia.Kind.class, "kind"),
                r.str("description"),
                r.str("blurhash"),
                r.dblOrNull("focus_x"),
                r.dblOrNull("focus_y"),
                r.integerOrNull("width"),
                r.integerOrNull("height"));
    }
}
