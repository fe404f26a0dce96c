package dev.kakehashi.app;

import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.conversations.ConversationPresenter;
import dev.kakehashi.mastodon.conversations.ConversationsResource;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.discovery.DiscoveryResource;
import dev.kakehashi.mastodon.filters.StatusFilters;
import dev.kakehashi.mastodon.instance.AnnouncementsResource;
import dev.kakehashi.mastodon.instance.CustomEmojisResource;
import dev.kakehashi.mastodon.instance.InstanceDocumentsResource;
import dev.kakehashi.mastodon.instance.TrendsResource;
import dev.kakehashi.mastodon.lists.AccountListsResource;
import dev.kakehashi.mastodon.lists.ListTimelineResource;
import dev.kakehashi.mastodon.lists.ListsResource;
import dev.kakehashi.mastodon.tags.TagsResource;
import dev.kakehashi.service.AccountQueries;
import dev.kakehashi.service.ConversationFeed;
import dev.kakehashi.service.ListService;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.TagFollowService;
import dev.kakehashi.service.TimelineQueries;
import dev.kakehashi.store.ConversationRepository;
import dev.kakehashi.store.FollowingRepository;
import dev.kakehashi.store.ListRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteBoostRepository;
import dev.kakehashi.store.RemotePostRepository;
import dev.kakehashi.store.RemoteTimelineRepository;
import dev.kakehashi.store.TagRepository;
import org.glassfish.jersey.server.ResourceConfig;

/** The Mastodon API's lists, followed tags and conversations, and the discovery lists a blog has nothing in. */
final class MastodonListsWiring {
    /** Lists and conversations, which the streams' content also reads. */
    record Part(ListService lists, ConversationFeed conversations, ConversationPresenter conversationPresenter) {}

    private MastodonListsWiring() {}

    /**
     * Lists, followed tags, conversations, and the discovery lists a blog has nothing in (emojis,
     * announcements, trends).
     */
    static Part register(
            Core core,
            ResourceConfig api,
            StatusQueries statuses,
            TimelineQueries timelines,
            StatusPresenter presenter,
            AccountToEntity accounts,
            StatusFilters statusFilters) {
        var tx = core.tx();
        ListService lists = new ListService(
                tx,
                new ListRepository(tx),
                new FollowingRepository(tx),
                new RemoteActorRepository(tx),
                new RemoteTimelineRepository(tx),
                new RemoteBoostRepository(tx),
                timelines,
                core.links(),
                core.clock());
        var conversations = new ConversationFeed(
                tx,
                new ConversationRepository(tx),
                core.postRepo(),
                new RemotePostRepository(tx),
                new RemoteActorRepository(tx),
                statuses);
        var conversationPresenter = new ConversationPresenter(presenter, accounts);
        api.register(new ListsResource(lists, accounts, core.links()))
                .register(new AccountListsResource(
                        lists, new AccountQueries(tx, core.accountRepo(), new RemoteActorRepository(tx))))
                .register(new ListTimelineResource(lists, presenter, core.links(), statusFilters))
                .register(new TagsResource(new TagFollowService(tx, new TagRepository(tx), core.clock()), core.links()))
                .register(new CustomEmojisResource())
                .register(new AnnouncementsResource())
                .register(new TrendsResource())
                .register(new DiscoveryResource())
                .register(new InstanceDocumentsResource(core.site()))
                .register(new ConversationsResource(conversations, conversationPresenter, core.links()));
        return new Part(lists, conversations, conversationPresenter);
    }
}
