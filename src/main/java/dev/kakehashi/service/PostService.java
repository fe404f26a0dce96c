package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.domain.PostVersion;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.domain.event.PostDeleted;
import dev.kakehashi.domain.event.PostPublished;
import dev.kakehashi.domain.event.PostUpdated;
import dev.kakehashi.service.content.Hashtags;
import dev.kakehashi.service.content.MarkdownRenderer;
import dev.kakehashi.service.content.Mentions;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.IdRange;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.PostEditRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Writing, publishing, scheduling, editing and deleting posts. */
public final class PostService {
    private final Transactions tx;
    private final PostRepository posts;
    private final AccountRepository accounts;
    private final MarkdownRenderer markdown;
    private final PostRendering rendering;
    private final Mentions mentions;
    private final Hashtags hashtags;
    private final PostScheduler scheduler;
    private final EventBus events;
    private final Clock clock;
    private final PostEditRepository edits;
    private final PostContentCheck checks;

    public PostService(
            Transactions tx,
            PostRepository posts,
            AccountRepository accounts,
            MediaRepository media,
            MarkdownRenderer markdown,
            PostRendering rendering,
            Mentions mentions,
            Hashtags hashtags,
            PostScheduler scheduler,
            EventBus events,
            Clock clock,
            PostEditRepository edits) {
        this.tx = tx;
        this.posts = posts;
        this.accounts = accounts;
        this.markdown = markdown;
        this.rendering = rendering;
        this.mentions = mentions;
        this.hashtags = hashtags;
        this.scheduler = scheduler;
        this.events = events;
        this.clock = clock;
        this.edits = edits;
        this.checks = new PostContentCheck(posts, media, rendering, clock);
    }

    /** Creates a post by {@code authorId}, saved as a draft, published or scheduled. */
    public Post create(long authorId, PostInput input, PostAction action) {
        Map<String, PostMention> resolved = mentions.resolve(input.body());
        return tx.call(() -> create(authorId, input, action, resolved));
    }

    private Post create(long authorId, PostInput input, PostAction action, Map<String, PostMention> resolved) {
        Account author = accounts.byId(authorId).orElseThrow(() -> ServiceException.forbidden("Not logged in"));
        if (input.kind() == null) {
            throw InvalidInputException.of("kind", "Choose article or short post");
        }
        Post post = new Post(Snowflake.next(), author, input.kind(), clock.instant());
        PostContent content = checks.check(post, authorId, input, action);
        post.replyTo(PostContentCheck.replyTarget(input.inReplyTo()));
        choose(post, input.visibility() != null ? input.visibility() : author.defaultVisibility());
        post.posting(
                input.sensitive() != null ? input.sensitive() : author.defaultSensitive(),
                input.language() != null ? input.language() : author.defaultLanguage());
        post.quote(input.quote());
        write(post, content, input, resolved);
        posts.add(post);
        apply(post, action, false);
        return post;
    }

    /** Changes a post's content and applies the action; only its author or an admin may. */
    public Post update(long actorId, long postId, PostInput input, PostAction action) {
        Map<String, PostMention> resolved = mentions.resolve(input.body());
        return tx.call(() -> update(actorId, postId, input, action, resolved));
    }

    private Post update(
            long actorId, long postId, PostInput input, PostAction action, Map<String, PostMention> resolved) {
        Post post = editable(actorId, postId);
        boolean wasPublished = post.isPublished();
        PostContent content = checks.check(post, post.author().id(), input, action);
        if (wasPublished && !edits.any(post.id())) {
            // The first edit keeps the version as published, so the history starts where readers did.
            edits.add(post.id(), version(post, post.editedAt() != null ? post.editedAt() : post.publishedAt()));
        }
        choose(post, input.visibility());
        post.posting(
                input.sensitive() != null ? input.sensitive() : post.sensitive(),
                input.language() != null ? input.language() : post.language());
        write(post, content, input, resolved);
        apply(post, action, wasPublished);
        if (wasPublished) {
            edits.add(post.id(), version(post, post.editedAt()));
        }
        return post;
    }

    /**
     * The post as publishing {@code input} now would make it, neither stored nor sent, mapped inside
     * the unit of work: what the compose page's fediverse preview is built from. {@code postId} is the
     * post being edited, or null for a new one. Mentions are not looked up (that takes the network).
     *
     * @throws InvalidInputException as saving would
     */
    public <T> T unsaved(long actorId, Long postId, PostInput input, Function<Post, T> view) {
        return tx.call(() -> {
            Post stored = postId == null ? null : editable(actorId, postId);
            Account author = stored != null
                    ? stored.author()
                    : accounts.byId(actorId).orElseThrow(() -> ServiceException.forbidden("Not logged in"));
            PostKind kind = stored != null ? stored.kind() : input.kind();
            if (kind == null) {
                throw InvalidInputException.of("kind", "Choose article or short post");
            }
            Instant now = clock.instant();
            Post post = new Post(stored != null ? stored.id() : Snowflake.next(), author, kind, now);
            post.visibility(
                    stored != null && (stored.isPublished() || input.visibility() == null)
                            ? stored.visibility()
                            : visibility(input, author));
            post.posting(
                    stored != null ? stored.sensitive() : author.defaultSensitive(),
                    stored != null ? stored.language() : author.defaultLanguage());
            post.replyTo(
                    stored != null && stored.inReplyTo() != null
                            ? stored.inReplyTo()
                            : PostContentCheck.replyTarget(input.inReplyTo()));
            PostContent content = checks.check(post, author.id(), input, new PostAction.Save());
            write(post, content, input, Map.of());
            post.publish(stored != null && stored.publishedAt() != null ? stored.publishedAt() : now);
            return view.apply(post);
        });
    }

    private static Visibility visibility(PostInput input, Account author) {
        return input.visibility() == null ? author.defaultVisibility() : input.visibility();
    }

    /** The post as readers see it now, for its edit history. */
    private PostVersion version(Post post, Instant at) {
        return new PostVersion(
                post.title(),
                rendering.absoluteHtml(post),
                post.attachments().stream().map(Media::id).toList(),
                post.sensitive(),
                post.contentWarning(),
                at == null ? clock.instant() : at);
    }

    /**
     * Moves a scheduled post of {@code authorId} to another time (its trigger moves with it).
     *
     * @throws ServiceException 404 when it is not their scheduled post
     */
    public <T> T reschedule(long authorId, long postId, Instant at, Function<Post, T> view) {
        return tx.call(() -> {
            Post post = ownScheduled(authorId, postId);
            post.schedule(at, clock.instant());
            tx.afterCommit(() -> scheduler.schedule(postId, at));
            return view.apply(post);
        });
    }

    /** A scheduled post of {@code authorId}, mapped inside the unit of work (404 otherwise). */
    public <T> T scheduled(long authorId, long postId, Function<Post, T> view) {
        return tx.call(() -> view.apply(ownScheduled(authorId, postId)));
    }

    /** The author's scheduled posts in an id range, mapped inside the unit of work. */
    public <T> T scheduledPage(long authorId, IdRange range, Function<List<Post>, T> view) {
        return tx.call(() -> view.apply(posts.scheduledIn(authorId, range)));
    }

    private Post ownScheduled(long authorId, long postId) {
        return posts.byId(postId)
                .filter(p -> p.author().id() == authorId && p.status() == PostStatus.SCHEDULED)
                .orElseThrow(() -> ServiceException.notFound("Scheduled status"));
    }

    /**
     * A published post of {@code authorId}, mapped inside the unit of work; 404 for anyone else's,
     * as Mastodon answers for a status one may not change (an admin edits others' posts in the admin).
     */
    public <T> T own(long authorId, long postId, Function<Post, T> view) {
        return tx.call(() -> view.apply(posts.byId(postId)
                .filter(p -> p.author().id() == authorId && p.isPublished())
                .orElseThrow(() -> ServiceException.notFound("Status"))));
    }

    /**
     * Sets who may see the post. A published post keeps its visibility: the servers it reached hold
     * it with that addressing, and an Update cannot take it back from them (Mastodon refuses too).
     */
    private static void choose(Post post, Visibility wanted) {
        if (wanted == null || wanted == post.visibility()) {
            return;
        }
        if (post.isPublished()) {
            throw InvalidInputException.of(
                    "visibility", "A published post keeps the visibility it was published with.");
        }
        post.visibility(wanted);
    }

    /** The HTML with its mention links (handles resolved before the transaction began). */
    private void write(Post post, PostContent content, PostInput input, Map<String, PostMention> resolved) {
        Mentions.Linked linked = mentions.link(markdown.render(content.bodyMarkdown()), resolved);
        // A short post's #hashtags are links and tags, as on Mastodon.
        String html = post.kind() == PostKind.NOTE ? hashtags.link(linked.html()) : linked.html();
        post.write(content, html, clock.instant());
        rendering.render(post);
        post.mention(linked.mentions());
        post.closeComments(input.commentsClosed());
    }

    /** Who a new post by {@code authorId} is for when the author does not say: their default. */
    public Visibility defaultVisibility(long authorId) {
        return tx.call(() -> accounts.byId(authorId)
                .map(Account::defaultVisibility)
                .orElseThrow(() -> ServiceException.forbidden("Not logged in")));
    }

    /** Turns the post into a tombstone whose URLs answer 410. */
    public void delete(long actorId, long postId) {
        tx.run(() -> {
            Post post = editable(actorId, postId);
            boolean wasPublished = post.isPublished();
            if (post.status() == PostStatus.SCHEDULED) {
                scheduler.cancel(post.id());
            }
            post.delete(clock.instant());
            long authorId = post.author().id();
            events.raise(tx, new PostDeleted(post.id(), authorId, wasPublished));
        });
    }

    /** Publishes a scheduled post whose time has come; called by the scheduler. Idempotent. */
    public boolean publishIfDue(long postId) {
        return tx.call(() -> {
            Post post = posts.byId(postId).orElse(null);
            Instant now = clock.instant();
            if (post == null
                    || post.status() != PostStatus.SCHEDULED
                    || post.scheduledAt().isAfter(now)) {
                return false;
            }
            post.publish(now);
            publishedEvent(post);
            return true;
        });
    }

    /**
     * Stores a fresh rendering for up to {@code limit} posts rendered with another stamp (an older
     * renderer or another base URL). Not an edit: nothing is federated, no time changes.
     *
     * @return how many posts were rendered again
     */
    public int renderStale(int limit) {
        return tx.call(() -> {
            List<Post> stale = posts.renderedOtherwise(rendering.stamp(), limit);
            stale.forEach(rendering::render);
            return stale.size();
        });
    }

    /** Publishes every scheduled post that is overdue: the safety net for lost triggers. */
    public int publishOverdue() {
        List<Long> due = tx.call(
                () -> posts.dueScheduled(clock.instant()).stream().map(Post::id).toList());
        int n = 0;
        for (long id : due) {
            if (publishIfDue(id)) {
                n++;
            }
        }
        return n;
    }

    /** Maps a post its author (or an admin) may edit, inside the unit of work. */
    public <T> T editable(long actorId, long postId, Function<Post, T> view) {
        return tx.call(() -> view.apply(editable(actorId, postId)));
    }

    /** Creates a post; {@code alongside} stores what comes with it (its poll) in the same unit of work. */
    public <T> T create(
            long authorId, PostInput input, PostAction action, Consumer<Post> alongside, Function<Post, T> view) {
        Map<String, PostMention> resolved = mentions.resolve(input.body());
        return tx.call(() -> {
            Post post = create(authorId, input, action, resolved);
            alongside.accept(post);
            return view.apply(post);
        });
    }

    /** Updates a post; {@code with} changes what comes with it (its poll) in the same unit of work. */
    public <T> T update(
            long actorId,
            long postId,
            PostInput input,
            PostAction action,
            Consumer<Post> with,
            Function<Post, T> view) {
        Map<String, PostMention> resolved = mentions.resolve(input.body());
        return tx.call(() -> {
            Post post = update(actorId, postId, input, action, resolved);
            with.accept(post);
            return view.apply(post);
        });
    }

    /** A post an author may edit: their own, or any post for an admin. Tombstones are gone. */
    public Post editable(long actorId, long postId) {
        return tx.call(() -> {
            Account actor = accounts.byId(actorId).orElseThrow(() -> ServiceException.forbidden("Not logged in"));
            Post post = posts.byId(postId).orElseThrow(() -> ServiceException.notFound("Post"));
            if (post.isDeleted()) {
                throw ServiceException.gone("Post");
            }
            if (!actor.isAdmin() && post.author().id() != actorId) {
                throw ServiceException.forbidden("You can only change your own posts");
            }
            return post;
        });
    }

    private void apply(Post post, PostAction action, boolean wasPublished) {
        Instant now = clock.instant();
        if (action instanceof PostAction.Publish) {
            if (post.status() == PostStatus.SCHEDULED) {
                scheduler.cancel(post.id());
            }
            if (wasPublished) {
                updatedEvent(post);
            } else {
                post.publish(now);
                publishedEvent(post);
            }
        } else if (action instanceof PostAction.Schedule s) {
            if (wasPublished) {
                throw InvalidInputException.of("scheduledAt", "A published post cannot be scheduled");
            }
            post.schedule(s.at(), now);
            long id = post.id();
            tx.afterCommit(() -> scheduler.schedule(id, s.at()));
        } else if (action instanceof PostAction.Unschedule) {
            if (post.status() == PostStatus.SCHEDULED) {
                scheduler.cancel(post.id());
                post.unpublishToDraft(now);
            }
        } else if (wasPublished) {
            updatedEvent(post);
        }
    }

    private void publishedEvent(Post post) {
        long id = post.id();
        long author = post.author().id();
        events.raise(tx, new PostPublished(id, author));
    }

    private void updatedEvent(Post post) {
        long id = post.id();
        long author = post.author().id();
        events.raise(tx, new PostUpdated(id, author));
    }
}
