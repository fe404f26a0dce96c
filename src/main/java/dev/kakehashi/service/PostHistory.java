package dev.kakehashi.service;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.RemotePost;
import dev.kakehashi.domain.RemotePostContent;
import dev.kakehashi.domain.RemotePostVersion;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.PostEditRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The versions of a post, oldest first and the current one last, as Mastodon's edit history
 * lists them. Every edit of a published post (from the admin or an app), and every Update of a
 * post received from elsewhere, stores one; a post never edited has one version, itself.
 */
public final class PostHistory {
    /**
     * One version of {@code post}: its title (articles), rendered body and images, whether they were
     * marked sensitive, its content warning (null for none), and its time.
     */
    public record Version(
            Post post,
            String title,
            String bodyHtml,
            List<Media> media,
            boolean sensitive,
            String contentWarning,
            Instant at) {}

    /**
     * One version of a post received from elsewhere: its name (articles), HTML, summary and
     * sensitivity as they were, and since when; {@code author} from the actor cache, null when not cached.
     */
    public record RemoteVersion(
            RemotePost post,
            RemoteActor author,
            String name,
            String contentHtml,
            String summary,
            boolean sensitive,
            Instant at) {}

    private final Transactions tx;
    private final StatusQueries statuses;
    private final PostEditRepository edits;
    private final MediaRepository media;
    private final PostRendering rendering;
    private final RemotePostRepository remotePosts;
    private final RemoteActorRepository actors;

    public PostHistory(
            Transactions tx,
            StatusQueries statuses,
            PostEditRepository edits,
            MediaRepository media,
            PostRendering rendering,
            RemotePostRepository remotePosts,
            RemoteActorRepository actors) {
        this.tx = tx;
        this.statuses = statuses;
        this.edits = edits;
        this.media = media;
        this.rendering = rendering;
        this.remotePosts = remotePosts;
        this.actors = actors;
    }

    /**
     * The versions of a status the viewer may see (404 otherwise), mapped inside the unit of work:
     * a blog post's through {@code view}, a post from elsewhere's (every Update received keeps the
     * version it replaced) through {@code remoteView}.
     */
    public <T> T of(
            long statusId,
            Long viewerAccountId,
            Function<List<Version>, T> view,
            Function<List<RemoteVersion>, T> remoteView) {
        return tx.call(() -> {
            StatusSource source = statuses.visible(statusId, viewerAccountId);
            if (source instanceof StatusSource.Remote r) {
                return remoteView.apply(remote(r.post()));
            }
            if (!(source instanceof StatusSource.Local l)) {
                return view.apply(List.of());
            }
            Post p = l.post();
            List<Version> stored = edits.of(p.id()).stream()
                    .map(v -> new Version(
                            p,
                            v.title(),
                            v.bodyHtml(),
                            images(v.mediaIds()),
                            v.sensitive(),
                            v.contentWarning(),
                            v.at()))
                    .toList();
            if (!stored.isEmpty()) {
                return view.apply(stored);
            }
            Instant at = p.editedAt() != null ? p.editedAt() : p.publishedAt();
            return view.apply(List.of(new Version(
                    p, p.title(), rendering.absoluteHtml(p), p.attachments(), p.sensitive(), p.contentWarning(), at)));
        });
    }

    private List<RemoteVersion> remote(RemotePost p) {
        RemoteActor author = actors.byUri(p.content().actorUri()).orElse(null);
        List<RemoteVersion> out = new ArrayList<>();
        for (RemotePostVersion v : remotePosts.versionsOf(p.id())) {
            out.add(new RemoteVersion(p, author, v.name(), v.contentHtml(), v.summary(), v.sensitive(), v.at()));
        }
        RemotePostContent c = p.content();
        Instant at = c.updated() != null ? c.updated() : c.published() != null ? c.published() : p.receivedAt();
        out.add(new RemoteVersion(p, author, c.name(), c.contentHtml(), c.summary(), c.sensitive(), at));
        return out;
    }

    private List<Media> images(List<Long> ids) {
        return ids.stream()
                .map(id -> media.byId(id).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
