package dev.kakehashi.service;

import dev.kakehashi.domain.ActorKey;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.PollRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Posts as the fediverse fetches them by id or by an article's slug. The answer is made inside the
 * read, so a converter may walk the post and ask {@link #hasFollowerOnHost} in the same unit of work.
 */
public final class PostObjectQueries {
    private final Transactions tx;
    private final PostRepository posts;
    private final FollowerRepository followers;
    private final PollRepository polls;

    public PostObjectQueries(Transactions tx, PostRepository posts, FollowerRepository followers) {
        this.tx = tx;
        this.posts = posts;
        this.followers = followers;
        this.polls = new PollRepository(tx);
    }

    /** @param answer what to answer for the post, or for none with this id */
    public <T> T byId(long id, Function<Optional<Post>, T> answer) {
        return tx.call(() -> answer.apply(posts.byId(id)));
    }

    /**
     * Whether the post {@code id} is the tombstone of a post anyone could read: gone, where a hidden
     * (followers-only, direct) post's tombstone is as unknown as a post that never was.
     */
    public boolean isGoneForEveryone(long id) {
        return tx.call(() -> posts.byId(id)
                .filter(p -> p.isDeleted() && p.visibility().readableByAnyone())
                .isPresent());
    }

    /** @param answer what to answer for the article, or for none with this slug */
    public <T> T articleBySlug(String slug, Function<Optional<Post>, T> answer) {
        return tx.call(() -> answer.apply(posts.bySlug(slug).filter(Post::isArticle)));
    }

    /** The post's poll, or null: served as a {@code Question}. */
    public Poll pollOf(long postId) {
        return tx.call(() -> polls.ofPosts(List.of(postId)).get(postId));
    }

    /** Whether someone on {@code host} follows the actor (accepted): who may fetch its followers-only posts. */
    public boolean hasFollowerOnHost(ActorKey actor, String host) {
        return tx.call(() -> followers.hasAcceptedOnHost(actor.text(), host));
    }
}
