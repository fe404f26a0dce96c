package dev.kakehashi.app;

import dev.kakehashi.admin.AdminRenderer;
import dev.kakehashi.admin.AnswerAdminResource;
import dev.kakehashi.federation.actor.CommentObjectResource;
import dev.kakehashi.federation.actor.LocalAnswers;
import dev.kakehashi.federation.delivery.AnswerOutbox;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.service.AnswerService;
import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.content.MarkdownRenderer;
import dev.kakehashi.service.content.Mentions;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/**
 * Authors answering comments: the admin page, the service, the Create queued with the answer, and
 * the answer's id served as a Note.
 */
record AnswerWiring(AnswerAdminResource admin, CommentObjectResource objects) {
    static AnswerWiring build(
            Transactions tx,
            PostRepository posts,
            AccountRepository accounts,
            MarkdownRenderer markdown,
            Mentions mentions,
            HtmlSanitizer sanitizer,
            EventBus events,
            SiteService site,
            Links links,
            ActorIds ids,
            AdminRenderer adminPages,
            Runnable kickDelivery,
            Clock clock) {
        AnswerRepository answers = new AnswerRepository(tx);
        AnswerService.Ids answerIds = new AnswerService.Ids() {
            @Override
            public String comment(long commentId) {
                return ids.comment(commentId);
            }

            @Override
            public String actorOf(long accountId) {
                return ids.actor(site.federation().actorMode().authors() ? ActorRef.author(accountId) : ActorRef.BLOG);
            }
        };
        AnswerService service = new AnswerService(
                tx, answers, posts, accounts, markdown, mentions, sanitizer, events, links, answerIds, clock);
        LocalAnswers local = new LocalAnswers(tx, answers, site, ids);
        new AnswerOutbox(tx, answers, new OutboxRepository(tx), local, kickDelivery, clock).subscribe(events);
        return new AnswerWiring(new AnswerAdminResource(service, adminPages), new CommentObjectResource(local));
    }
}
