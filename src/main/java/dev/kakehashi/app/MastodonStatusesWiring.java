package dev.kakehashi.app;

import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.accounts.AccountFeaturedTagsResource;
import dev.kakehashi.mastodon.accounts.AccountsResource;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.MediaToAttachment;
import dev.kakehashi.mastodon.convert.ReactorToAccount;
import dev.kakehashi.mastodon.convert.VersionToEdit;
import dev.kakehashi.mastodon.filters.FilterRulesResource;
import dev.kakehashi.mastodon.filters.FiltersResource;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.mastodon.media.MediaResource;
import dev.kakehashi.mastodon.notifications.GroupedNotificationPresenter;
import dev.kakehashi.mastodon.notifications.GroupedNotificationsResource;
import dev.kakehashi.mastodon.notifications.NotificationPolicyResource;
import dev.kakehashi.mastodon.notifications.NotificationPresenter;
import dev.kakehashi.mastodon.notifications.NotificationsResource;
import dev.kakehashi.mastodon.polls.PollsResource;
import dev.kakehashi.mastodon.statuses.AnyStatus;
import dev.kakehashi.mastodon.statuses.ContextPresenter;
import dev.kakehashi.mastodon.statuses.SavedStatusesResource;
import dev.kakehashi.mastodon.statuses.ScheduledStatusesResource;
import dev.kakehashi.mastodon.statuses.StatusActionsResource;
import dev.kakehashi.mastodon.statuses.StatusEditResource;
import dev.kakehashi.mastodon.statuses.StatusMarksResource;
import dev.kakehashi.mastodon.statuses.StatusesResource;
import dev.kakehashi.mastodon.streaming.StreamContent;
import dev.kakehashi.mastodon.timelines.TimelinesResource;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.CommentActions;
import dev.kakehashi.service.HomeTimelineCache;
import dev.kakehashi.service.IdempotentRequests;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.LocalFavourites;
import dev.kakehashi.service.NotificationFeed;
import dev.kakehashi.service.PinService;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.PostHistory;
import dev.kakehashi.service.PostToStatusRecord;
import dev.kakehashi.service.SavedStatusQueries;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.StreamedStatuses;
import dev.kakehashi.service.ThreadQueries;
import dev.kakehashi.service.TimelineQueries;
import dev.kakehashi.service.filters.FilterService;
import dev.kakehashi.store.BookmarkRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.FilterRepository;
import dev.kakehashi.store.IdempotencyRepository;
import dev.kakehashi.store.MarkerRepository;
import dev.kakehashi.store.MuteRepository;
import dev.kakehashi.store.NotificationRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.PostEditRepository;
import dev.kakehashi.store.ReactionRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.ThreadMuteRepository;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Mastodon API's statuses and timelines: the posting and reading half of the API, and what the
 * streams' content reads.
 */
final class MastodonStatusesWiring {
    /** What the statuses half made that the rest of the API needs. */
    record Part(StatusQueries statuses, StatusPresenter presenter, StreamContent stream) {}

    /** What the statuses half's resources share: the queries, how a status is shown and filtered, and its accounts. */
    private record Shared(
            StatusQueries statuses,
            StatusPresenter presenter,
            StatusFilters filters,
            AccountToEntity accounts,
            LocalAccountStats stats,
            ThreadQueries threads,
            ContextPresenter context,
            AnyStatus any) {}

    private MastodonStatusesWiring() {}

    /** Posting, reading, reacting, timelines, notifications, filters and media. */
    static Part register(
            Core core,
            BlogModule blog,
            ResourceConfig api,
            LocalAccountStats stats,
            AccountToEntity accounts,
            MastodonFederated federated) {
        var tx = core.tx();
        Links links = core.links();
        Shared shared = shared(core, blog, stats, accounts);
        var comments = new CommentActions(
                tx,
                shared.threads(),
                shared.statuses(),
                federated.reactions(),
                new RemoteActorRepository(tx),
                core.events(),
                links,
                core.clock());
        registerPosting(core, blog, api, shared, federated, comments);
        var accountQueries = new AccountQueries(tx, core.accountRepo(), new RemoteActorRepository(tx));
        var reactorToAccount = new ReactorToAccount(links, accountQueries, stats, accounts);
        var favourites = new LocalFavourites(
                tx, shared.statuses(), new ReactionRepository(tx), federated.localReactions(), links);
        api.register(new StatusActionsResource(
                shared.statuses(),
                federated.reactions(),
                favourites,
                shared.presenter(),
                reactorToAccount,
                comments,
                shared.any()));
        var lists = registerTimelines(core, api, shared, accountQueries);
        var feed = new NotificationFeed(
                tx,
                new NotificationRepository(tx),
                new CommentRepository(tx),
                new RemoteActorRepository(tx),
                new MarkerRepository(tx),
                shared.statuses(),
                core.clock());
        var notificationPresenter = new NotificationPresenter(shared.presenter(), reactorToAccount);
        registerNotifications(core, api, shared, feed, notificationPresenter);
        api.register(new MediaResource(blog.media(), blog.mediaProcessing(), new MediaToAttachment(links)));
        var stream = streamContent(core, shared, feed, notificationPresenter, lists);
        return new Part(shared.statuses(), shared.presenter(), stream);
    }

    /** What the streaming API serializes its events with. */
    private static StreamContent streamContent(
            Core core,
            Shared shared,
            NotificationFeed feed,
            NotificationPresenter notificationPresenter,
            MastodonListsWiring.Part lists) {
        var tx = core.tx();
        return new StreamContent(
                new StreamedStatuses(
                        tx,
                        shared.statuses(),
                        core.postRepo(),
                        new RemotePostRepository(tx),
                        new RemoteBoostRepository(tx),
                        new MuteRepository(tx),
                        core.clock()),
                shared.presenter(),
                feed,
                notificationPresenter,
                shared.filters(),
                lists.lists(),
                lists.conversations(),
                lists.conversationPresenter());
    }

    private static Shared shared(Core core, BlogModule blog, LocalAccountStats stats, AccountToEntity accounts) {
        var tx = core.tx();
        StatusQueries statuses = new StatusQueries(
                tx,
                core.postRepo(),
                new RemotePostRepository(tx),
                new ReactionRepository(tx),
                new RemoteActorRepository(tx),
                new BookmarkRepository(tx),
                new ThreadMuteRepository(tx),
                core.links(),
                new PostToStatusRecord(core.links(), blog.rendering(), () -> core.site()
                        .current()
                        .language()),
                core.clock());
        StatusPresenter presenter = new StatusPresenter(accounts, stats, core.clock());
        var filters = new StatusFilters(
                new FilterService(tx, new FilterRepository(tx), statuses, core.events(), core.clock()));
        var threads = new ThreadQueries(
                tx,
                statuses,
                core.postRepo(),
                new RemotePostRepository(tx),
                new CommentRepository(tx),
                new RemoteActorRepository(tx),
                core.links());
        var context = new ContextPresenter(
                presenter,
                accounts,
                new ReactorToAccount(
                        core.links(),
                        new AccountQueries(tx, core.accountRepo(), new RemoteActorRepository(tx)),
                        stats,
                        accounts),
                filters);
        return new Shared(
                statuses,
                presenter,
                filters,
                accounts,
                stats,
                threads,
                context,
                new AnyStatus(statuses, presenter, threads, context));
    }

    /** Writing statuses: posting, polls, editing, pins and bookmarks, scheduled statuses. */
    private static void registerPosting(
            Core core,
            BlogModule blog,
            ResourceConfig api,
            Shared shared,
            MastodonFederated federated,
            CommentActions comments) {
        PollService polls = federated.polls();
        var tx = core.tx();
        Links links = core.links();
        StatusQueries statuses = shared.statuses();
        StatusPresenter presenter = shared.presenter();
        api.register(new StatusesResource(
                blog.posts(),
                new IdempotentRequests(tx, new IdempotencyRepository(tx), core.clock()),
                statuses,
                presenter,
                links,
                core.clock(),
                core.settings().scheduleMinLead(),
                shared.threads(),
                shared.context(),
                polls,
                comments));
        api.register(new PollsResource(polls, statuses, presenter));
        var history = new PostHistory(
                tx,
                statuses,
                new PostEditRepository(tx),
                core.mediaRepo(),
                blog.rendering(),
                new RemotePostRepository(tx),
                new RemoteActorRepository(tx));
        api.register(new StatusEditResource(
                blog.posts(),
                history,
                statuses,
                presenter,
                blog.media(),
                shared.accounts(),
                shared.stats(),
                new VersionToEdit(links),
                polls,
                shared.any(),
                federated.answers()));
        api.register(new StatusMarksResource(
                statuses,
                new PinService(tx, statuses, new PinRepository(tx), core.events(), core.clock()),
                presenter,
                comments,
                shared.any()));
        api.register(new ScheduledStatusesResource(
                blog.posts(), links, core.clock(), core.settings().scheduleMinLead()));
    }

    /** Reading statuses: the timelines, lists, saved statuses and an account's statuses. */
    private static MastodonListsWiring.Part registerTimelines(
            Core core, ResourceConfig api, Shared shared, AccountQueries accountQueries) {
        Links links = core.links();
        StatusQueries statuses = shared.statuses();
        StatusPresenter presenter = shared.presenter();
        var homes = HomeTimelineCache.listeningTo(core.db().tableWrites(), core.events(), core.caches());
        core.metrics().ifPresent(m -> m.bind(homes.meters()));
        var timelines = new TimelineQueries(
                core.tx(),
                core.postRepo(),
                new RemotePostRepository(core.tx()),
                new RemoteBoostRepository(core.tx()),
                statuses,
                core.clock());
        api.register(new TimelinesResource(timelines, presenter, links, shared.filters(), homes));
        var lists = MastodonListsWiring.register(
                core, api, statuses, timelines, presenter, shared.accounts(), shared.filters());
        var saved = new SavedStatusQueries(core.tx(), statuses, core.postRepo(), links);
        api.register(new SavedStatusesResource(saved, presenter, links, shared.any()));
        api.register(new AccountsResource(
                accountQueries,
                shared.stats(),
                shared.accounts(),
                timelines,
                saved,
                presenter,
                links,
                shared.filters()));
        api.register(new AccountFeaturedTagsResource(accountQueries));
        return lists;
    }

    /** Notifications, plain and grouped, their policy, and the filters that hide statuses. */
    private static void registerNotifications(
            Core core,
            ResourceConfig api,
            Shared shared,
            NotificationFeed feed,
            NotificationPresenter notificationPresenter) {
        StatusFilters filters = shared.filters();
        api.register(new NotificationsResource(feed, notificationPresenter, core.links(), filters));
        api.register(new GroupedNotificationsResource(
                feed,
                new GroupedNotificationPresenter(notificationPresenter, shared.accounts(), filters),
                filters,
                shared.accounts(),
                core.links()));
        api.register(new FiltersResource(filters.service()));
        api.register(new FilterRulesResource(filters.service()));
        api.register(new NotificationPolicyResource());
    }
}
