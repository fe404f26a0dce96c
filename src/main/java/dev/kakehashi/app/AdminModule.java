package dev.kakehashi.app;

import dev.kakehashi.admin.AuthorsAdminResource;
import dev.kakehashi.admin.BlocksAdminResource;
import dev.kakehashi.admin.CommentSettingsAdminResource;
import dev.kakehashi.admin.CommentsAdminResource;
import dev.kakehashi.admin.DashboardResource;
import dev.kakehashi.admin.EmailPreferencesResource;
import dev.kakehashi.admin.FediversePreviewResource;
import dev.kakehashi.admin.FollowersAdminResource;
import dev.kakehashi.admin.FollowingAdminResource;
import dev.kakehashi.admin.LoginResource;
import dev.kakehashi.admin.MediaAdminResource;
import dev.kakehashi.admin.MoveAdminResource;
import dev.kakehashi.admin.NotificationsAdminResource;
import dev.kakehashi.admin.PagesAdminResource;
import dev.kakehashi.admin.PasswordResetResource;
import dev.kakehashi.admin.PluginSettingsAdminResource;
import dev.kakehashi.admin.PostsAdminResource;
import dev.kakehashi.admin.PreviewResource;
import dev.kakehashi.admin.ProfileResource;
import dev.kakehashi.admin.ReportsAdminResource;
import dev.kakehashi.admin.SettingsAdminResource;
import dev.kakehashi.admin.SetupResource;
import dev.kakehashi.federation.convert.PostToObjectJson;
import dev.kakehashi.federation.remote.WebFingerHandles;
import dev.kakehashi.service.AliasService;
import dev.kakehashi.service.BlocksMutesImport;
import dev.kakehashi.service.DeliveryOverview;
import dev.kakehashi.service.DeliveryQueries;
import dev.kakehashi.service.FollowsImport;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.MuteService;
import dev.kakehashi.store.DeliveryRepository;
import dev.kakehashi.store.FollowerRepository;
import dev.kakehashi.store.MuteRepository;
import dev.kakehashi.store.RemoteActorRepository;
import dev.kakehashi.store.RemoteHostRepository;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The admin: set-up and login, posts and media, settings and plugins, profile and mail, comments,
 * notifications, followers and following, blocks and reports.
 *
 * @param answers the answers admin page, built with the fediverse's answer outbox
 */
record AdminModule(
        Core core,
        FederationBase base,
        BlogModule blog,
        FederationModule federation,
        InboxModule inbox,
        SignInModule signIn,
        Renderers renderers,
        AnswerWiring answers) {

    void register(ResourceConfig api) {
        var pages = renderers.adminPages();
        var links = core.links();
        var https = core.https();
        AliasService aliases = aliases();
        var delivery = new DeliveryQueries(core.tx(), new DeliveryRepository(core.tx()));
        api.register(new SetupResource(blog.accounts(), blog.auth(), pages, https))
                .register(new LoginResource(
                        blog.auth(), pages, https, signIn.signIn().gate()))
                .register(new PasswordResetResource(signIn.resets(), pages))
                .register(new DashboardResource(
                        blog.adminQueries(),
                        pages,
                        links,
                        new DashboardResource.Sources(
                                core.site(),
                                blog.accounts(),
                                new DeliveryOverview(
                                        core.tx(),
                                        new FollowerRepository(core.tx()),
                                        new RemoteHostRepository(core.tx()),
                                        core.clock()),
                                delivery,
                                signIn.mail().mailer().isPresent())))
                .register(new PostsAdminResource(
                        blog.posts(), blog.adminQueries(), pages, links, delivery, federation.polls()))
                .register(new FollowingAdminResource(
                        federation.reader().following(),
                        federation.reader().reactions(),
                        new FollowsImport(federation.reader().following()),
                        new BlocksMutesImport(
                                inbox.blocking().blocks(),
                                new MuteService(
                                        core.tx(),
                                        new MuteRepository(core.tx()),
                                        new RemoteActorRepository(core.tx()),
                                        core.clock()),
                                MastodonFederated.lookup(core, base)),
                        pages))
                .register(settings(aliases))
                .register(new PluginSettingsAdminResource(core.plugins(), core.site(), pages))
                .register(new CommentsAdminResource(federation.commentModeration(), pages, links))
                .register(new PreviewResource(core.markdown()))
                .register(
                        new FediversePreviewResource(blog.posts(), new PostToObjectJson(base.actorIds(), core.site())))
                .register(new AuthorsAdminResource(blog.accounts(), pages, links))
                .register(new PagesAdminResource(blog.sitePages(), pages, links));
        registerPeople(api, aliases);
    }

    private void registerPeople(ResourceConfig api, AliasService aliases) {
        var pages = renderers.adminPages();
        var links = core.links();
        var preferences = signIn.mail().preferences();
        api.register(new ProfileResource(blog.accounts(), preferences, pages, links, aliases))
                .register(new MoveAdminResource(
                        federation.reader().moveOut(), aliases, inbox.followRequests(), pages, links))
                .register(new EmailPreferencesResource(preferences))
                .register(new MediaAdminResource(blog.media(), links))
                .register(new NotificationsAdminResource(federation.reactions().notifications(), pages, links))
                .register(
                        new FollowersAdminResource(inbox.followRequests(), blog.feedSubscribers(), core.site(), pages))
                .register(new BlocksAdminResource(inbox.blocking().blocks(), pages))
                .register(new ReportsAdminResource(inbox.blocking().reports(), pages))
                .register(new CommentSettingsAdminResource(federation.comments().settings(), core.site(), pages))
                .register(answers.admin())
                .register(answers.edit());
    }

    private SettingsAdminResource settings(AliasService aliases) {
        var plugins = core.plugins();
        return new SettingsAdminResource(
                core.site(),
                () -> core.themes().all().stream()
                        .map(t -> new SettingsAdminResource.ThemeChoice(
                                t.id(),
                                t.name(),
                                t.description(),
                                core.themes().hasFile(t.id(), "static/preview.png")
                                        ? Links.themeFile(t.id(), "preview.png")
                                        : null))
                        .toList(),
                () -> plugins.all().stream()
                        .map(p -> new SettingsAdminResource.PluginChoice(
                                p.plugin().id(),
                                p.plugin().name(),
                                p.plugin().description(),
                                p.source(),
                                plugins.isEnabled(p.plugin().id()),
                                !plugins.settingsOf(p.plugin().id()).isEmpty()))
                        .toList(),
                renderers.adminPages(),
                blog.accounts()::usernameTaken,
                aliases);
    }

    private AliasService aliases() {
        return new AliasService(
                core.tx(),
                core.accountRepo(),
                core.site(),
                new WebFingerHandles(base.webFinger()),
                core.links(),
                core.clock());
    }
}
