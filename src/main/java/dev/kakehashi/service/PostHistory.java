package dev.kakehashi.service;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.PostEditRepository;
import dev.kakehashi.store.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The versions of a post, oldest first and the current one last, as Mastodon's edit history
 * lists them. Every edit of a published post (from the admin or an app) stores one; a post never
 * edited has one version, itself.
 */
public final class PostHistory {
    /** One version of {@code post}: its title (articles), rendered body and images, and its time. */
    public record Version(Post post, String title, String bodyHtml, List<Media> media, Instant at) {}

    private final Transactions tx;
    private final StatusQueries statuses;
    private final PostEditRepository edits;
    private final MediaRepository media;
    private final PostRendering rendering;

    public PostHistory(
            Transactions tx,
            StatusQueries statuses,
            PostEditRepository edits,
            MediaRepository media,
            PostRendering rendering) {
        this.tx = tx;
        this.statuses = statuses;
        this.edits = edits;
        this.media = media;
        this.rendering = rendering;
    }

    /**
     * The versions of a status the viewer may see (404 otherwise), mapped inside the unit of work.
     * A post from elsewhere keeps no history here: its list is empty.
     */
    public <T> T of(long statusId, Long viewerAccountId, Function<List<Version>, T> view) {
        return tx.call(() -> {
            if (!(statuses.visible(statusId, viewerAccountId) instanceof StatusSource.Local l)) {
                return view.apply(List.of());
            }
            Post p = l.post();
            List<Version> stored = edits.of(p.id()).stream()
                    .map(v -> new Version(p, v.title(), v.bodyHtml(), images(v.mediaIds()), v.at()))
                    .toList();
            if (!stored.isEmpty()) {
                return view.apply(stored);
            }
            Instant at = p.editedAt() != null ? p.editedAt() : p.publishedAt();
            return view.apply(List.of(new Version(p, p.title(), rendering.absoluteHtml(p), p.attachments(), at)));
        });
    }

    private List<Media> images(List<Long> ids) {
        return ids.stream()
                .map(id -> media.byId(id).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
