package dev.kakehashi.app;

import dev.kakehashi.federation.actor.ActorCollections;
import dev.kakehashi.federation.actor.ActorResource;
import dev.kakehashi.federation.actor.CollectionsResource;
import dev.kakehashi.federation.actor.LocalObjects;
import dev.kakehashi.federation.actor.ObjectResource;
import dev.kakehashi.federation.actor.ReactionCounts;
import dev.kakehashi.federation.actor.SignedFetch;
import dev.kakehashi.federation.actor.VaryAcceptFilter;
import dev.kakehashi.federation.comments.RepliesResource;
import dev.kakehashi.federation.quote.QuoteAuthorizationResource;
import dev.kakehashi.federation.quote.QuoteStamps;
import dev.kakehashi.federation.wellknown.AuthorizeInteractionResource;
import dev.kakehashi.federation.wellknown.HostMetaResource;
import dev.kakehashi.federation.wellknown.NodeInfoResource;
import dev.kakehashi.federation.wellknown.WebFingerLookup;
import dev.kakehashi.federation.wellknown.WebFingerResource;
import dev.kakehashi.service.PostObjectQueries;
import dev.kakehashi.service.PublishedPostQueries;
import dev.kakehashi.service.SiteUsage;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What peers read: actors, collections, objects, replies, WebFinger, host-meta and NodeInfo. */
final class ActivityPubModule {
    private static final Logger log = LoggerFactory.getLogger(ActivityPubModule.class);

    private ActivityPubModule() {}

    static void register(
            ResourceConfig api,
            Core core,
            FederationBase base,
            FederationModule federation,
            InboxModule inbox,
            AnswerWiring answers) {
        var tx = core.tx();
        var postRepo = core.postRepo();
        var comments = federation.comments();
        ReactionCounts counts = federation.reactions().counts();
        api.register(new VaryAcceptFilter())
                .register(new ConditionalGetFilter())
                .register(new ActorResource(base.localActors()))
                .register(new CollectionsResource(
                        new ActorCollections(base.actorQueries(), base.localActors(), core.site())))
                .register(new ObjectResource(
                        new LocalObjects(
                                new PostObjectQueries(tx, postRepo, inbox.followerRepo()),
                                base.localActors(),
                                core.site(),
                                comments.replies()::embedded,
                                counts),
                        new SignedFetch(
                                inbox.inbox().verifier(base.remoteActors()),
                                core.settings().baseUrl().getScheme())))
                .register(new RepliesResource(comments.replies()))
                .register(new QuoteAuthorizationResource(new QuoteStamps(federation.quotes(), base.localActors())))
                .register(new WebFingerResource(
                        new WebFingerLookup(base.localActors(), new PublishedPostQueries(tx, postRepo)::deletedPublic)))
                .register(new HostMetaResource(core.links()))
                .register(new NodeInfoResource(
                        core.links(),
                        core.site(),
                        new SiteUsage(tx, core.accountRepo(), postRepo, core.clock()),
                        version()))
                .register(new AuthorizeInteractionResource(base.actorIds()))
                .register(answers.objects());
    }

    /** The version Maven wrote into the build, for NodeInfo. */
    static String version() {
        try (var in = ActivityPubModule.class.getResourceAsStream("/kakehashi-version.properties")) {
            if (in != null) {
                var props = new java.util.Properties();
                props.load(in);
                return props.getProperty("version", "unknown");
            }
        } catch (java.io.IOException e) {
            log.warn("Cannot read the WAR's version", e);
        }
        return Optional.ofNullable(ActivityPubModule.class.getPackage().getImplementationVersion())
                .orElse("unknown");
    }
}
