package dev.kakehashi.federation.actor;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.federation.convert.AnswerToNote;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ReplyNote;
import dev.kakehashi.service.AnswerQueries;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.error.ServiceException;

/**
 * Authors' answers to comments as ActivityPub Notes: at their id ({@code /comments/<id>}), and for
 * the Create that sends them. Only answers written here are ours to serve; a remote comment's id is
 * on its own server, so it is 404 here. An answer under a followers-only or direct post is addressed
 * like that post and reached its readers with the Create: at its id it is 404 to everyone, as an
 * unknown one is, so its existence does not leak.
 */
public final class LocalAnswers {
    private final AnswerQueries answers;
    private final SiteService site;
    private final ActorIds ids;
    private final AnswerToNote notes;

    public LocalAnswers(AnswerQueries answers, SiteService site, ActorIds ids) {
        this.answers = answers;
        this.site = site;
        this.ids = ids;
        this.notes = new AnswerToNote(ids);
    }

    public ActorIds ids() {
        return ids;
    }

    public AnswerToNote notes() {
        return notes;
    }

    /** 200 with the Note, 410 with a Tombstone once deleted, 404 for anything else. */
    public LocalObjects.Served byId(long id) {
        return answers.byId(id, found -> {
            Comment row = found.filter(Comment::isLocal)
                    .filter(r -> answers.threadOf(r).readableByAnyone())
                    .orElseThrow(() -> ServiceException.notFound("Comment"));
            if (row.deletedAt() != null) {
                return new LocalObjects.Served(410, notes.tombstone(row));
            }
            if (row.status() != dev.kakehashi.domain.CommentStatus.PUBLISHED) {
                throw ServiceException.notFound("Comment");
            }
            return new LocalObjects.Served(200, note(row));
        });
    }

    /** Where the answer shows on the blog, for people who open its id in a browser. */
    public String pageOf(long id) {
        return answers.byId(id, found -> found.filter(r -> r.isLocal() && r.deletedAt() == null && r.url() != null)
                .filter(r -> answers.threadOf(r).readableByAnyone())
                .map(Comment::url)
                .orElseThrow(() -> ServiceException.notFound("Comment")));
    }

    /** The Delete of a deleted answer, addressed as its Create was, inside the caller's transaction. */
    public dev.kakehashi.federation.vocab.Activity delete(Comment answer, java.time.Instant deletedAt) {
        ActorRef by = ids.parse(answer.actorUri()).orElse(ActorRef.BLOG);
        return notes.delete(answer, answers.mentions(answer.id()), by, answers.threadOf(answer), deletedAt);
    }

    /** The answer as a Note replying to its parent comment, inside the caller's transaction. */
    public ReplyNote note(Comment answer) {
        ActorRef by = ids.parse(answer.actorUri()).orElse(ActorRef.BLOG);
        Comment parent = answers.parentOf(answer).orElse(null);
        String inReplyTo = parent != null ? parent.uri() : ids.post(answer.postId());
        return notes.convert(
                answer,
                inReplyTo,
                answers.mentions(answer.id()),
                by,
                site.current().language(),
                answers.threadOf(answer));
    }
}
