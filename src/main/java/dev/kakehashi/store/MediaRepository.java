package dev.kakehashi.store;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.MediaState;
import java.util.List;
import java.util.Optional;

/** Metadata of uploaded images; the bytes live in files under the data folder. */
public final class MediaRepository {
    private final Transactions tx;

    public MediaRepository(Transactions tx) {
        this.tx = tx;
    }

    public void add(Media media) {
        tx.session().persist(media);
    }

    public Optional<Media> byId(long id) {
        return Optional.ofNullable(tx.session().get(Media.class, id));
    }

    public Optional<Media> byFileName(String fileName) {
        return tx.session()
                .createSelectionQuery("from Media where fileName = :f", Media.class)
                .setParameter("f", fileName)
                .uniqueResultOptional();
    }

    public List<Media> byOwner(long ownerId, int limit) {
        return tx.session()
                .createSelectionQuery("from Media where ownerId = :o and state = :ready order by id desc", Media.class)
                .setParameter("o", ownerId)
                .setParameter("ready", MediaState.READY)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every processed upload after {@code afterId}, by id: one page of an export. */
    public List<Media> allAfter(long afterId, int limit) {
        return tx.session()
                .createSelectionQuery("from Media where id > :after and state = :ready order by id", Media.class)
                .setParameter("after", afterId)
                .setParameter("ready", MediaState.READY)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Apps' uploads made before {@code before} that no post, profile or import took, oldest first
     * (the flag alone would do; the references are checked too, so that nothing in use is ever lost).
     */
    public List<Media> unattachedBefore(java.time.Instant before, int limit) {
        return tx.session()
                .createSelectionQuery(
                        "from Media m where m.unattached = true and m.createdAt < :before"
                                + " and not exists (select 1 from Post p join p.attachments a where a = m)"
                                + " and not exists (select 1 from Post p where p.cover = m)"
                                + " order by m.createdAt",
                        Media.class)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    public void remove(Media media) {
        tx.session().remove(media);
    }

    /** The ids of uploads waiting for the processing job, oldest first. */
    public List<Long> processingIds(int limit) {
        return tx.session()
                .createSelectionQuery("select id from Media where state = :p order by id", Long.class)
                .setParameter("p", MediaState.PROCESSING)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Gives a processed upload its file and what was read from it, if it is still processing (not
     * deleted meanwhile); only these columns, so an alt text or focus set meanwhile stays. Whether it was.
     */
    public boolean processed(long id, String fileName, String contentType, int width, int height, long size) {
        return tx.session()
                        .createMutationQuery("update Media set fileName = :f, contentType = :t, width = :w,"
                                + " height = :h, sizeBytes = :s, state = :ready where id = :id and state = :p")
                        .setParameter("f", fileName)
                        .setParameter("t", contentType)
                        .setParameter("w", width)
                        .setParameter("h", height)
                        .setParameter("s", size)
                        .setParameter("ready", MediaState.READY)
                        .setParameter("id", id)
                        .setParameter("p", MediaState.PROCESSING)
                        .executeUpdate()
                == 1;
    }

    /** Marks an upload still processing as failed; whether it was still processing. */
    public boolean failed(long id) {
        return tx.session()
                        .createMutationQuery("update Media set state = :failed where id = :id and state = :p")
                        .setParameter("failed", MediaState.FAILED)
                        .setParameter("id", id)
                        .setParameter("p", MediaState.PROCESSING)
                        .executeUpdate()
                == 1;
    }
}
