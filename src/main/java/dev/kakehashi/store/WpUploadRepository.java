package dev.kakehashi.store;

import java.util.Optional;

/** What each file of an imported WordPress blog's {@code wp-content/uploads} became here (wp_import_media). */
public final class WpUploadRepository {
    private final Transactions tx;

    public WpUploadRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The stored file name of the image an upload path became, if it was imported. */
    public Optional<String> fileName(String uploadPath) {
        return Rows.first(
                tx.session(),
                "select m.file_name from wp_import_media w join media m on m.id = w.media_id"
                        + " where w.upload_path = :p",
                q -> q.setParameter("p", uploadPath),
                r -> r.str("file_name"));
    }

    /** The image an upload path became, if it was imported. */
    public Optional<Long> mediaId(String uploadPath) {
        return Rows.first(
                tx.session(),
                "select media_id from wp_import_media where upload_path = :p",
                q -> q.setParameter("p", uploadPath),
                r -> r.lng("media_id"));
    }

    public void add(String uploadPath, long mediaId) {
        tx.session()
                .createNativeMutationQuery("insert into wp_import_media (upload_path, media_id) values (:p, :m)")
                .setParameter("p", uploadPath)
                .setParameter("m", mediaId)
                .executeUpdate();
    }
}
