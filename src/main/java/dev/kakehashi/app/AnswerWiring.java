package dev.kakehashi.app;

import dev.kakehashi.admin.AdminRenderer;
import dev.kakehashi.admin.AnswerAdminResource;
import dev.kakehashi.admin.AnswerEditAdminResource;
import dev.kakehashi.federation.actor.CommentObjectResource;
import dev.kakehashi.federation.actor.LocalAnswers;
import dev.kakehashi.federation.delivery.AnswerOutbox;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.service.AnswerQueries;
import dev.kakehashi.service.AnswerService;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.OutboxRepository;
import dev.kakehashi.store.Transactions;
import java.time.Clock;

/**
 * Authors answering comments: the admin pages (answering, editing an answer), the service (which the API's edit also calls), the
 * Create, Update and Delete queued with the answer, and the answer's id served as a Note.
 */
record AnswerWiring(
        AnswerAdminResource admin, AnswerEditAdminResource edit, CommentObjectResource objects, AnswerService service) {
    static AnswerWiring build(Core core, FederationBase base, AdminRenderer adminPages, Runnable kickDelivery) {
        Transactions tx = core.tx();
        SiteService site = core.site();
        ActorIds ids = base.actorIds();
        Clock clock = core.clock();
        AnswerRepository answers = new AnswerRepository(tx);
        AnswerService.Ids answerIds = new AnswerService.Ids() {
            @Override
            public String comment(long commentId) {
                return ids.comment(commentId);
            }

            @Override
            public String actorOf(long accountId) {
                return ids.actor(base.localActors().attributedTo(accountId));
            }
        };
        AnswerService service = new AnswerService(
                tx,
                answers,
                core.postRepo(),
                core.accountRepo(),
                core.markdown(),
                base.mentions(),
                core.sanitizer(),
                core.events(),
                core.links(),
                answerIds,
                clock);
        LocalAnswers local = new LocalAnswers(new AnswerQueries(tx, answers, core.postRepo()), site, ids);
        new AnswerOutbox(tx, answers, new OutboxRepository(tx), local, kickDelivery, clock).subscribe(core.events());
        return new AnswerWiring(
                new AnswerAdminResource(service, adminPages),
                new AnswerEditAdminResource(service, adminPages),
                new CommentObjectResource(local),
                service);
    }
}
