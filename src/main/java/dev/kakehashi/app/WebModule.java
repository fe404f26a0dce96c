package dev.kakehashi.app;

import dev.kakehashi.federation.remote.WebFingerFollowLinks;
import dev.kakehashi.web.ArchiveResource;
import dev.kakehashi.web.AuthorResource;
import dev.kakehashi.web.FeedResource;
import dev.kakehashi.web.FollowResource;
import dev.kakehashi.web.HomeResource;
import dev.kakehashi.web.PostResource;
import dev.kakehashi.web.SitePageResource;
import dev.kakehashi.web.SitemapResource;
import dev.kakehashi.web.TagResource;
import dev.kakehashi.web.view.PollView;
import org.glassfish.jersey.server.ResourceConfig;

/** The public blog: home, posts with their comments and reactions, authors, tags, archives, feeds. */
final class WebModule {
    private WebModule() {}

    static void register(
            ResourceConfig api,
            Core core,
            FederationBase base,
            BlogModule blog,
            FederationModule federation,
            Renderers r) {
        var site = core.site();
        var links = core.links();
        var posts = blog.blog();
        api.register(new HomeResource(posts, r.views(), r.pages(), site, links))
                .register(new PostResource(
                        posts,
                        r.views(),
                        r.pages(),
                        site,
                        federation.comments()::thread,
                        federation.reactions().queries(),
                        id -> PollView.of(
                                federation.polls().ofPost(id), core.clock().instant())))
                .register(new AuthorResource(posts, r.views(), r.pages(), site))
                .register(new TagResource(posts, r.views(), r.pages(), site, links))
                .register(new ArchiveResource(posts, r.views(), r.pages(), site, links))
                .register(new FeedResource(posts, r.views(), site, links, blog.feedSubscribers()))
                .register(new FollowResource(new WebFingerFollowLinks(base.webFinger()), posts, r.pages(), site, links))
                .register(new SitePageResource(blog.sitePages(), r.pages(), site, links))
                .register(new SitemapResource(posts, blog.sitePages(), links));
    }
}
