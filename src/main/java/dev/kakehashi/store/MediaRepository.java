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
}
