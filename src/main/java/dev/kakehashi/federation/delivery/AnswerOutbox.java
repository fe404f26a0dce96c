package dev.kakehashi.federation.delivery;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.event.AnswerEdited;
import dev.kakehashi.domain.event.CommentAdded;
import dev.kakehashi.domain.event.CommentModerated;
import dev.kakehashi.federation.actor.LocalAnswers;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.ReplyNote;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.OutboxEntry;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues the Create of an author's answer in the transaction that stores it, like {@link
 * OutboxWriter} does for posts: the fan-out sends it to the author's followers and, through {@link
 * AddressedAudience}, to the inbox of the person answered (and anyone else mentioned). The body is
 * written now. An edited answer (from an app) sends an Update of the Note, carrying {@code
 * updated}, and a deleted one (from an app, or the moderation queue) its Delete, to the same inboxes.
 */
public final class AnswerOutbox {
    private final Transactions tx;
    private final AnswerRepository answers;
    private final OutboxRepository outbox;
    private final LocalAnswers local;
    private final Runnable kick;
    private final Clock clock;

    public AnswerOutbox(
            Transactions tx,
            AnswerRepository answers,
            OutboxRepository outbox,
            LocalAnswers local,
            Runnable kick,
            Clock clock) {
        this.tx = tx;
        this.answers = answers;
        this.outbox = outbox;
        this.local = local;
        this.kick = kick;
        this.clock = clock;
    }

    public void subscribe(EventBus events) {
        events.subscribeInTransaction(CommentAdded.class, e -> {
            if (e.fromLocalAuthor()) {
                queue(e.commentId());
            }
        });
        events.subscribeInTransaction(AnswerEdited.class, e -> queueUpdate(e.commentId()));
        events.subscribeInTransaction(CommentModerated.class, e -> {
            if (e.deleted()) {
                answers.byId(e.commentId()).filter(Comment::isLocal).ifPresent(this::queueDelete);
            }
        });
    }

    private void queueDelete(Comment answer) {
        ActorRef by = local.ids()
                .parse(answer.actorUri())
                .orElseThrow(() -> new IllegalStateException("Not a local actor: " + answer.actorUri()));
        outbox.add(OutboxEntry.rendered(
                by.key(),
                ActivityType.DELETE,
                local.ids().comment(answer.id()),
                ApJson.write(local.delete(answer, answer.deletedAt() != null ? answer.deletedAt() : clock.instant())),
                clock.instant()));
        tx.afterCommit(kick);
    }

    private void queueUpdate(long answerId) {
        Comment answer = answer(answerId);
        ReplyNote note = local.note(answer);
        Instant edited = answer.content().updated() != null ? answer.content().updated() : clock.instant();
        outbox.add(OutboxEntry.rendered(
                by(answer).key(),
                ActivityType.UPDATE,
                note.id(),
                ApJson.write(local.notes().update(note, answerId, edited)),
                clock.instant()));
        tx.afterCommit(kick);
    }

    private Comment answer(long answerId) {
        return answers.byId(answerId).orElseThrow(() -> new IllegalStateException("No answer " + answerId));
    }

    private ActorRef by(Comment answer) {
        return local.ids()
                .parse(answer.actorUri())
                .orElseThrow(() -> new IllegalStateException("Not a local actor: " + answer.actorUri()));
    }

    private void queue(long answerId) {
        Comment answer = answer(answerId);
        ActorRef by = by(answer);
        ReplyNote note = local.note(answer);
        Instant now = clock.instant();
        outbox.add(OutboxEntry.rendered(
                by.key(),
                ActivityType.CREATE,
                note.id(),
                ApJson.write(local.notes().create(note, answerId)),
                now));
        tx.afterCommit(kick);
    }
}
