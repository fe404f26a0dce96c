package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.OutboundReactionRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import dev.kakehashi.store.Transactions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The thread around a status as the Mastodon API's {@code context} shows it: for a blog post, the
 * post or remote post it answers and its comments and the posts answering it or its comments; for a
 * remote post, what is stored (the blog's posts that reply to it). What the viewer may not see is
 * left out, and a status they may not see is 404. A comment is a status an app may reply to.
 */
public final class ThreadQueries {
    /** How far up a chain of replies is followed. */
    static final int MAX_ANCESTORS = 40;

    /** How many kept posts from elsewhere a remote post's thread shows below it. */
    static final int MAX_DESCENDANTS = 60;

    private final Transactions tx;
    private final StatusQueries statuses;
    private final PostRepository posts;
    private final RemotePostRepository remotePosts;
    private final CommentRepository comments;
    private final RemoteActorRepository actors;
    private final Links links;
    private final CommentMarks marks;

    public ThreadQueries(
            Transactions tx,
            StatusQueries statuses,
            PostRepository posts,
            RemotePostRepository remotePosts,
            CommentRepository comments,
            RemoteActorRepository actors,
            Links links) {
        this.tx = tx;
        this.statuses = statuses;
        this.posts = posts;
        this.remotePosts = remotePosts;
        this.comments = comments;
        this.actors = actors;
        this.links = links;
        this.marks = new CommentMarks(
                new OutboundReactionRepository(tx),
                new ReactionRepository(tx),
                new BookmarkRepository(tx),
                new ThreadMuteRepository(tx));
    }

    /**
     * The thread around status {@code id}: a blog post's or a remote post's, or a comment's as its
     * post's thread shows it.
     *
     * @throws ServiceException 404 when the viewer may see no such status
     */
    public <T> T context(long id, Long viewerAccountId, Function<ThreadContext, T> view) {
        return tx.call(() -> {
            Optional<Comment> comment = comments.byId(id);
            if (comment.isPresent()) {
                return view.apply(commentContext(comment.get(), viewerAccountId));
            }
            StatusSource status = statuses.visible(id, viewerAccountId);
            List<Comment> thread = List.of();
            String uri;
            Long author = null;
            if (status instanceof StatusSource.Local l) {
                thread = threadOrder(comments.thread(l.post().id()));
                uri = links.post(l.post().id());
                author = l.post().author().id();
            } else {
                uri = ((StatusSource.Remote) status).post().content().uri();
            }
            List<String> answered = new ArrayList<>(List.of(uri));
            thread.forEach(c -> answered.add(c.uri()));
            List<StatusSource> below = repliesTo(answered, viewerAccountId);
            if (status instanceof StatusSource.Remote) {
                below = new ArrayList<>(below);
                below.addAll(remoteRepliesTo(uri, viewerAccountId));
            }
            return view.apply(new ThreadContext(
                    author,
                    statuses.batchOf(ancestors(status, viewerAccountId), viewerAccountId),
                    List.of(),
                    null,
                    thread,
                    authorsOf(thread),
                    marks.of(thread, viewerAccountId),
                    statuses.batchOf(below, viewerAccountId)));
        });
    }

    /**
     * Status {@code id} when it is a comment that the thread of a post the viewer may see shows (what
     * {@code context} lists), with what it answers.
     *
     * @return empty when it is no such comment
     */
    public <T> Optional<T> comment(long id, Long viewerAccountId, Function<ThreadComment, T> view) {
        return tx.call(() -> comments.byId(id)
                .flatMap(c -> placed(c, viewerAccountId))
                .map(t -> view.apply(alone(t, viewerAccountId))));
    }

    /**
     * The statuses among {@code ids} that are comments {@link #comment} shows, by id (the others are
     * left out): for a list of statuses that may hold comments, such as bookmarks.
     */
    public <T> Map<Long, T> comments(List<Long> ids, Long viewerAccountId, Function<ThreadComment, T> view) {
        return tx.call(() -> {
            Map<Long, T> out = new HashMap<>();
            comments.byIds(ids).forEach(c -> placed(c, viewerAccountId)
                    .ifPresent(t -> out.put(c.id(), view.apply(alone(t, viewerAccountId)))));
            return out;
        });
    }

    /** Comment {@code id} when {@link #comment} shows it to the viewer: what the status actions act on. */
    public Optional<Comment> shownComment(long id, Long viewerAccountId) {
        return tx.call(
                () -> comments.byId(id).flatMap(c -> placed(c, viewerAccountId)).map(CommentThread::comment));
    }

    /**
     * The text an author's answer is edited and redrafted from: the Markdown they wrote, or, for an
     * answer written before its Markdown was kept, the text of its HTML (its formatting lost).
     */
    public String answerSource(Comment answer) {
        return tx.call(() -> comments.markdown(answer.id()))
                .orElseGet(() -> HtmlSanitizer.text(answer.content().contentHtml()));
    }

    private ThreadComment alone(CommentThread t, Long viewerAccountId) {
        Comment parent = t.parent();
        long postAuthor =
                posts.byId(t.comment().postId()).orElseThrow().author().id();
        List<Comment> both = parent == null ? List.of(t.comment()) : List.of(t.comment(), parent);
        CommentMark mark = marks.of(List.of(t.comment()), viewerAccountId)
                .getOrDefault(t.comment().id(), CommentMark.NONE);
        return new ThreadComment(t.comment(), parent, authorsOf(both), postAuthor, mark);
    }

    /** A comment's thread: its post and what that answers above, then the comments it answers; its replies below. */
    private ThreadContext commentContext(Comment comment, Long viewerAccountId) {
        CommentThread thread = placed(comment, viewerAccountId).orElseThrow(() -> ServiceException.notFound("Status"));
        StatusSource post = statuses.visible(comment.postId(), viewerAccountId);
        List<StatusSource> above = new ArrayList<>(ancestors(post, viewerAccountId));
        above.add(post);
        List<String> answered = thread.answerable().stream().map(Comment::uri).toList();
        return new ThreadContext(
                ((StatusSource.Local) post).post().author().id(),
                statuses.batchOf(above, viewerAccountId),
                thread.above(),
                thread.comment(),
                thread.below(),
                authorsOf(thread.all()),
                marks.of(thread.all(), viewerAccountId),
                statuses.batchOf(repliesTo(answered, viewerAccountId), viewerAccountId));
    }

    /** The comment's place in the thread of its post, when the viewer may see the post and the thread shows it. */
    private Optional<CommentThread> placed(Comment comment, Long viewerAccountId) {
        boolean postVisible = posts.byId(comment.postId())
                .filter(p -> StatusQueries.visibleTo(p, viewerAccountId))
                .isPresent();
        return postVisible
                ? CommentThread.of(threadOrder(comments.thread(comment.postId())), comment.id())
                : Optional.empty();
    }

    /** The blog's published posts answering any of {@code uris} that the viewer may see. */
    private List<StatusSource> repliesTo(List<String> uris, Long viewerAccountId) {
        return posts.publishedRepliesTo(uris).stream()
                .filter(p -> StatusQueries.visibleTo(p, viewerAccountId))
                .map(p -> (StatusSource) new StatusSource.Local(p))
                .toList();
    }

    /**
     * The kept posts from elsewhere below the remote post {@code uri} that the viewer may read: its
     * replies, theirs and so on, each level oldest first, at most {@link #MAX_DESCENDANTS}. (A blog
     * post's replies from elsewhere are its comments.)
     */
    private List<StatusSource> remoteRepliesTo(String uri, Long viewerAccountId) {
        List<StatusSource> below = new ArrayList<>();
        List<String> level = List.of(uri);
        java.util.Set<String> seen = new java.util.HashSet<>(level);
        while (!level.isEmpty() && below.size() < MAX_DESCENDANTS) {
            List<String> next = new ArrayList<>();
            for (var p : remotePosts.liveRepliesTo(level, MAX_DESCENDANTS)) {
                if (seen.add(p.content().uri()) && statuses.readable(p, viewerAccountId)) {
                    below.add(new StatusSource.Remote(p));
                    next.add(p.content().uri());
                }
            }
            level = next;
        }
        return below.size() > MAX_DESCENDANTS ? below.subList(0, MAX_DESCENDANTS) : below;
    }

    private Map<String, RemoteActor> authorsOf(List<Comment> thread) {
        return actors.byUris(thread.stream().map(Comment::actorUri).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(RemoteActor::uri, a -> a, (a, b) -> a));
    }

    /**
     * The id (URI) a reply to status {@code id} answers: a blog post's or a remote post's, or a
     * published comment's under a post the viewer may see (an app replying to a comment shown in
     * {@code context}), so that the reply is a short post in that thread, with its poll if it has one.
     *
     * @throws ServiceException 404 when the viewer may see no such status
     */
    public String replyTarget(long id, long viewerAccountId) {
        return tx.call(() -> publishedComment(id, viewerAccountId)
                .map(Comment::uri)
                .orElseGet(() -> statuses.replyTarget(id, viewerAccountId, links)));
    }

    /** Who status {@code id} (a comment: its post) is for, to cap a reply's visibility. */
    public Visibility visibilityOf(long id, long viewerAccountId) {
        return tx.call(() -> publishedComment(id, viewerAccountId)
                .flatMap(c -> posts.byId(c.postId()))
                .map(Post::visibility)
                .orElseGet(() -> statuses.visibilityOf(id, viewerAccountId)));
    }

    /** A published, live comment under a post the viewer may see. */
    private Optional<Comment> publishedComment(long id, long viewerAccountId) {
        return comments.byId(id)
                .filter(c -> c.status() == CommentStatus.PUBLISHED && !c.isDeleted() && c.uri() != null)
                .filter(c -> posts.byId(c.postId())
                        .filter(p -> StatusQueries.visibleTo(p, viewerAccountId))
                        .isPresent());
    }

    /**
     * The posts above, oldest first: blog posts and kept posts from elsewhere followed up by what
     * they answer, until a post not kept here (or one the viewer may not read) ends the chain.
     */
    private List<StatusSource> ancestors(StatusSource status, Long viewerAccountId) {
        Deque<StatusSource> above = new ArrayDeque<>();
        StatusSource at = status;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (above.size() < MAX_ANCESTORS) {
            String target = at instanceof StatusSource.Local l
                    ? l.post().inReplyTo()
                    : at instanceof StatusSource.Remote r ? r.post().content().inReplyTo() : null;
            if (target == null || !seen.add(target)) {
                break;
            }
            StatusSource parent = remotePosts
                    .byUri(target)
                    .filter(p -> statuses.readable(p, viewerAccountId))
                    .<StatusSource>map(StatusSource.Remote::new)
                    .orElseGet(() -> localPost(target, viewerAccountId));
            if (parent == null) {
                break;
            }
            above.addFirst(parent);
            at = parent;
        }
        return new ArrayList<>(above);
    }

    private StatusSource localPost(String uri, Long viewerAccountId) {
        return links.local(uri)
                .flatMap(LocalUrl::postId)
                .flatMap(posts::byId)
                .filter(p -> StatusQueries.visibleTo(p, viewerAccountId))
                .<StatusSource>map(StatusSource.Local::new)
                .orElse(null);
    }

    /** Published, live comments, each after its parent (depth first, oldest first); a hidden comment hides its replies. */
    static List<Comment> threadOrder(List<CommentWithAuthor> all) {
        Map<Long, List<Comment>> children = new HashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (CommentWithAuthor cw : all) {
            Comment c = cw.row();
            if (c.status() != CommentStatus.PUBLISHED || c.isDeleted()) {
                continue;
            }
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Comment> ordered = new ArrayList<>();
        Deque<Comment> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Comment c = stack.pop();
            ordered.add(c);
            List<Comment> kids = children.getOrDefault(c.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return ordered;
    }
}
