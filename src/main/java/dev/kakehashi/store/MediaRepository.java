package dev.kakehashi.store;

import dev.kakehashi.domain.Media;
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
                .createSelectionQuery("from Media where ownerId = :o order by id desc", Media.class)
                .setParameter("o", ownerId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every upload after {@code afterId}, by id: one page of an export. */
    public List<Media> allAfter(long afterId, int limit) {
        return tx.session()
                .createSelectionQuery("from Media where id > :after order by id", Media.class)
                .setParameter("after", afterId)
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
}
