package dev.kakehashi.mastodon.convert;

import dev.kakehashi.domain.RemoteMedia;
import dev.kakehashi.mastodon.entity.MediaAttachmentEntity;
import dev.kakehashi.mastodon.entity.MediaMetaEntity;
import java.util.List;

/**
 * A remote post's attachment as a Mastodon {@code MediaAttachment} that points at the remote file,
 * as Mastodon shows a remote file it has not cached: {@code url}, {@code preview_url} and {@code
 * remote_url} are the file's own URL; {@code meta} has the focal point and the original's size when
 * the post gave them.
 */
final class RemoteMediaToAttachment {
    private RemoteMediaToAttachment() {}

    /** @param postId the remote post's id; each attachment's id is it and the position */
    static List<MediaAttachmentEntity> of(long postId, List<RemoteMedia> media) {
        return media.stream().map(m -> convert(postId, m)).toList();
    }

    static MediaAttachmentEntity convert(long postId, RemoteMedia m) {
        MediaMetaEntity.Size size =
                m.width() != null && m.height() != null ? MediaMetaEntity.Size.of(m.width(), m.height()) : null;
        MediaMetaEntity.Focus focus =
                m.focusX() != null && m.focusY() != null ? new MediaMetaEntity.Focus(m.focusX(), m.focusY()) : null;
        return new MediaAttachmentEntity(
                postId + "-" + m.position(),
                m.kind().wireName(),
                m.url(),
                m.url(),
                m.url(),
                null,
                null,
                new MediaMetaEntity(size, size, focus),
                m.description(),
                m.blurhash());
    }
}
