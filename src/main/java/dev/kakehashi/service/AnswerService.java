package dev.kakehashi.service;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.AnswerVersion;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostLimits;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.event.AnswerEdited;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.content.MarkdownRenderer;
import dev.kakehashi.service.content.Mentions;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An author answers a comment under their post from the admin. The answer is a comment of its own
 * (same post, parent = the comment, published at once), written in Markdown, starting with the
 * mention of the person answered; federation sends it on {@link CommentAdded} with {@code
 * fromLocalAuthor}. Only the post's author or an admin may answer.
 */
public final class AnswerService {
    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    /** As long as a short post. */
    public static final int MAX_CHARS = PostLimits.SHORT_POST_MAX_CHARS;

    /** Ids federation mints: an answer's id, and the actor that speaks for an account. */
    public interface Ids {
        String comment(long commentId);

        /** The author's actor, or the blog's when authors are not actors. */
        String actorOf(long accountId);
    }

    /** The comment being answered, as the admin page shows it. */
    public record Answering(
            long commentId,
            String commentUri,
            String commentUrl,
            String actorUri,
            String actorHandle,
            String actorProfile,
            String contentHtml,
            Instant published,
            long postId,
            String postTitle,
            String postUrl) {}

    /** A published answer: its id and where it shows. */
    public record Answered(long id, String uri, String url) {}

    /**
     * An edit of an answer: its new text (Markdown), and its content warning (blank for none) and
     * sensitivity, each kept when null.
     */
    public record Edit(String text, String spoilerText, Boolean sensitive) {}

    /**
     * Whose answers an edit may change: from an app only the caller's own (anyone else's is 404, as
     * Mastodon answers for another's status); from the admin also anyone's for an admin, as admins
     * there edit any post and answer any comment (an author gets 403 for someone else's).
     */
    public enum Reach {
        OWN,
        ADMIN_ANY
    }

    /**
     * An answer as the admin's edit form starts from.
     *
     * @param text its Markdown (or, when none was kept, the text of its HTML) without the mention of
     *     the person answered, which an edit keeps
     * @param markdown whether {@code text} is the Markdown as written, not the text of an older answer
     * @param answeredHandle {@code @user@host} of the person answered, or null
     * @param url where it shows on the blog
     */
    public record Draft(
            long id,
            String text,
            boolean markdown,
            String answeredHandle,
            String url,
            String postTitle,
            String postUrl) {}

    private final Transactions tx;
    private final AnswerRepository answers;
    private final PostRepository posts;
    private final AccountRepository accounts;
    private final MarkdownRenderer markdown;
    private final Mentions mentions;
    private final HtmlSanitizer sanitizer;
    private final EventBus events;
    private final Links links;
    private final Ids ids;
    private final Clock clock;

    public AnswerService(
            Transactions tx,
            AnswerRepository answers,
            PostRepository posts,
            AccountRepository accounts,
            MarkdownRenderer markdown,
            Mentions mentions,
            HtmlSanitizer sanitizer,
            EventBus events,
            Links links,
            Ids ids,
            Clock clock) {
        this.tx = tx;
        this.answers = answers;
        this.posts = posts;
        this.accounts = accounts;
        this.markdown = markdown;
        this.mentions = mentions;
        this.sanitizer = sanitizer;
        this.events = events;
        this.links = links;
        this.ids = ids;
        this.clock = clock;
    }

    /** The comment {@code accountId} wants to answer; 404, 410, 403 or 409 when they cannot. */
    public Answering answering(long accountId, long commentId) {
        return tx.call(() -> {
            Target t = target(accountId, commentId);
            PostMention who = mentions.ofActor(t.comment().actorUri()).orElseGet(() -> fallback(t.comment()));
            return new Answering(
                    t.comment().id(),
                    t.comment().uri(),
                    http(t.comment().url()) != null
                            ? t.comment().url()
                            : http(t.comment().uri()),
                    t.comment().actorUri(),
                    who.handle(),
                    http(who.profileUrl()),
                    sanitizer.sanitizeRemote(t.comment().content().contentHtml()),
                    t.comment().published(),
                    t.post().id(),
                    t.post().title() != null
                            ? t.post().title()
                            : HtmlSanitizer.summary(t.post().bodyHtml(), 80),
                    postUrl(t.post()));
        });
    }

    /**
     * Publishes {@code text} (Markdown) as {@code accountId}'s answer to the comment. Handles are
     * resolved before the transaction (network); the checks run again inside it.
     *
     * @throws InvalidInputException (field {@code body}) when the text is empty or too long
     */
    public Answered answer(long accountId, long commentId, String text) {
        String body = text == null ? "" : text.strip();
        Comment comment = tx.call(() -> target(accountId, commentId).comment());
        if (body.isEmpty()) {
            throw InvalidInputException.of("body", "Write an answer first.");
        }
        if (body.length() > MAX_CHARS) {
            throw InvalidInputException.of("body", "An answer has at most " + MAX_CHARS + " characters.");
        }
        PostMention who = mentions.ofActor(comment.actorUri()).orElseGet(() -> fallback(comment));
        Map<String, PostMention> resolved = mentions.resolve(body);
        return tx.call(() -> {
            Target t = target(accountId, commentId);
            Mentions.Linked linked = mentions.link(markdown.render(body), resolved);
            String html = mentions.addressing(linked.html(), who);
            long id = Snowflake.next();
            String uri = ids.comment(id);
            String url = links.commentOn(postUrl(t.post()), id);
            String actor = ids.actorOf(accountId);
            answers.add(new AnswerRepository.NewAnswer(
                    id,
                    t.post().id(),
                    t.comment().id(),
                    t.comment().depth() + 1,
                    uri,
                    url,
                    actor,
                    links.authority(),
                    accountId,
                    html,
                    body,
                    clock.instant()));
            answers.addMentions(id, addressed(who, linked.mentions()));
            events.raise(tx, new CommentAdded(id, t.post().id(), actor, CommentStatus.PUBLISHED, true));
            log.info(
                    "Account {} answered comment {} on post {}: {}",
                    accountId,
                    commentId,
                    t.post().id(),
                    uri);
            return new Answered(id, uri, url);
        });
    }

    /**
     * Replaces the text of {@code accountId}'s own answer {@code answerId} (Markdown, as when
     * answering) and, when given, its content warning and sensitivity; keeps the version it replaces
     * for the edit history, stamps the edit's time and raises {@link AnswerEdited}, on which
     * federation sends the Update to those the Create reached. The addressing stays: the text starts
     * with the person answered whatever it says (a leading {@code @name} of theirs, as {@code /source}
     * gives it, is that mention, not a second one). Handles are resolved before the transaction
     * (network); the checks run again inside it. The text is kept as written, as the Markdown the
     * next edit starts from.
     *
     * @param reach whose answers the caller may edit
     * @throws ServiceException 404 when it is no live answer the caller may edit ({@link Reach}), 403
     *     for someone else's answer edited from the admin by an author who is no admin
     * @throws InvalidInputException (field {@code status}) when the text is empty or too long
     */
    public Comment edit(long accountId, long answerId, Edit edit, Reach reach) {
        PostMention who = tx.call(() -> answered(editable(accountId, answerId, reach)));
        String written = edit.text() == null ? "" : edit.text().strip();
        String body = withoutLeading(written, who);
        if (body.isEmpty()) {
            throw InvalidInputException.of("status", "Text can't be blank");
        }
        if (body.length() > MAX_CHARS) {
            throw InvalidInputException.of("status", "Text is too long (maximum is " + MAX_CHARS + " characters)");
        }
        Map<String, PostMention> resolved = mentions.resolve(body);
        return tx.call(() -> {
            Comment answer = editable(accountId, answerId, reach);
            String html = mentions.link(markdown.render(body), resolved).html();
            CommentContent was = answer.content();
            String warning = edit.spoilerText() == null
                    ? was.summary()
                    : edit.spoilerText().isBlank() ? null : edit.spoilerText().strip();
            boolean sensitive = (edit.sensitive() != null ? edit.sensitive() : was.sensitive()) || warning != null;
            CommentContent now = new CommentContent(
                    who == null ? html : mentions.addressing(html, who),
                    warning,
                    sensitive,
                    was.attachmentsJson(),
                    clock.instant());
            Instant wasMadeAt = was.updated() != null ? was.updated() : answer.published();
            if (!answers.edit(answer.id(), was, wasMadeAt, now, written)) {
                throw ServiceException.notFound("Status");
            }
            events.raise(tx, new AnswerEdited(answer.id(), answer.postId()));
            log.info("Account {} edited the answer {}", accountId, answer.uri());
            return answers.byId(answer.id()).orElseThrow();
        });
    }

    /**
     * Answer {@code answerId} as the admin's edit form starts from: the Markdown its author wrote (for
     * an answer written before that was kept, the text of its HTML, its formatting lost) without the
     * mention of the person answered, and where it is.
     *
     * @throws ServiceException as {@link #edit} with {@link Reach#ADMIN_ANY}
     */
    public Draft draft(long accountId, long answerId) {
        return tx.call(() -> {
            Comment answer = editable(accountId, answerId, Reach.ADMIN_ANY);
            PostMention who = answered(answer);
            Post post = posts.byId(answer.postId()).orElseThrow(() -> ServiceException.notFound("Answer"));
            Optional<String> markdown = answers.markdown(answer.id());
            return new Draft(
                    answer.id(),
                    withoutLeading(
                            markdown.orElseGet(
                                    () -> HtmlSanitizer.text(answer.content().contentHtml())),
                            who),
                    markdown.isPresent(),
                    who == null ? null : who.handle(),
                    answer.url(),
                    post.title() != null ? post.title() : HtmlSanitizer.summary(post.bodyHtml(), 80),
                    postUrl(post));
        });
    }

    /** The earlier versions of answer {@code answerId}, oldest first: none for a comment never edited. */
    public List<AnswerVersion> versions(long answerId) {
        return tx.call(() -> answers.versions(answerId));
    }

    /** The person an answer addresses first: the one it answers; null when it names nobody. */
    private PostMention answered(Comment answer) {
        List<PostMention> addressed = answers.mentions(answer.id());
        return addressed.isEmpty() ? null : addressed.get(0);
    }

    /**
     * A live answer the caller may edit: their own; with {@link Reach#ADMIN_ANY} also anyone's for an
     * admin (403 for an author). 404 for anything else, as Mastodon answers for another's status.
     */
    private Comment editable(long accountId, long answerId, Reach reach) {
        Comment answer = answers.byId(answerId)
                .filter(c -> c.isLocal() && !c.isDeleted())
                .orElseThrow(() -> ServiceException.notFound("Status"));
        if (answer.accountId() == accountId) {
            return answer;
        }
        if (reach == Reach.OWN) {
            throw ServiceException.notFound("Status");
        }
        Account me = accounts.byId(accountId).orElseThrow(() -> ServiceException.forbidden("Not logged in"));
        if (!me.isAdmin()) {
            throw ServiceException.forbidden("You can only edit your own answers.");
        }
        return answer;
    }

    /** {@code text} without a leading mention of {@code who} ({@code @user} or {@code @user@host}). */
    static String withoutLeading(String text, PostMention who) {
        if (who == null) {
            return text;
        }
        for (String lead : List.of("@" + who.acct(), "@" + who.user())) {
            if (text.regionMatches(true, 0, lead, 0, lead.length())
                    && (text.length() == lead.length() || Character.isWhitespace(text.charAt(lead.length())))) {
                return text.substring(lead.length()).strip();
            }
        }
        return text;
    }

    private record Target(Comment comment, Post post) {}

    private Target target(long accountId, long commentId) {
        Account me = accounts.byId(accountId).orElseThrow(() -> ServiceException.forbidden("Not logged in"));
        Comment comment = answers.byId(commentId).orElseThrow(() -> ServiceException.notFound("Comment"));
        Post post = posts.byId(comment.postId()).orElseThrow(() -> ServiceException.notFound("Comment"));
        if (!me.isAdmin() && post.author().id() != accountId) {
            throw ServiceException.forbidden("You can only answer comments on your own posts.");
        }
        if (comment.deletedAt() != null || post.isDeleted()) {
            throw ServiceException.gone("Comment");
        }
        if (comment.status() != CommentStatus.PUBLISHED) {
            throw ServiceException.conflict("This comment is not published; approve it before answering.");
        }
        return new Target(comment, post);
    }

    /** The person answered first, then anyone else the text mentions, each actor once. */
    private static List<PostMention> addressed(PostMention who, List<PostMention> inText) {
        List<PostMention> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        all.add(who);
        seen.add(who.actorUri() == null ? who.acct() : who.actorUri());
        for (PostMention m : inText) {
            if (seen.add(m.actorUri() == null ? m.acct() : m.actorUri())) {
                all.add(m);
            }
        }
        return all;
    }

    /** Someone we cannot look up is still addressed by their id, named after it. */
    private static PostMention fallback(Comment c) {
        String path = "";
        try {
            path = URI.create(c.actorUri()).getRawPath();
        } catch (IllegalArgumentException e) {
            // keep the empty name
        }
        String user =
                path == null ? "" : path.substring(path.lastIndexOf('/') + 1).replaceFirst("^@", "");
        return new PostMention((user.isEmpty() ? "someone" : user) + "@" + c.actorHost(), c.actorUri(), c.actorUri());
    }

    /** Only http(s) links reach the admin page; anything else is dropped. */
    private static String http(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    private String postUrl(Post p) {
        return p.isArticle() && p.slug() != null ? links.article(p.slug()) : links.post(p.id());
    }
}
