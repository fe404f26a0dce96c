package dev.kakehashi.web;

import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.FeedSubscribers;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.Page;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettings;
import dev.kakehashi.web.feed.PostsToFeed;
import dev.kakehashi.web.feed.PostsToFeed.Channel;
import dev.kakehashi.web.feed.PostsToFeed.Format;
import dev.kakehashi.web.view.AuthorView;
import dev.kakehashi.web.view.PostToView;
import dev.kakehashi.web.view.PostView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * RSS 2.0 and Atom feeds of the newest published posts, for the whole blog and for each author. The
 * subscriber counts that feed readers report in their User-Agent are noted on the way.
 */
@Path("/")
public final class FeedResource {
    static final int FEED_SIZE = 20;

    private final BlogQueries blog;
    private final PostToView views;
    private final SiteService site;
    private final Links links;
    private final FeedSubscribers subscribers;

    public FeedResource(
            BlogQueries blog, PostToView views, SiteService site, Links links, FeedSubscribers subscribers) {
        this.blog = blog;
        this.views = views;
        this.site = site;
        this.links = links;
        this.subscribers = subscribers;
    }

    @GET
    @Path("feed.xml")
    public Response rss(@HeaderParam("User-Agent") String userAgent) {
        subscribers.seen(userAgent, Links.rssPath());
        return site(Format.RSS, links.rss());
    }

    @GET
    @Path("atom.xml")
    public Response atom(@HeaderParam("User-Agent") String userAgent) {
        subscribers.seen(userAgent, Links.atomPath());
        return site(Format.ATOM, links.atom());
    }

    @GET
    @Path("@{username}/feed.xml")
    public Response authorRss(@PathParam("username") String username, @HeaderParam("User-Agent") String userAgent) {
        Response feed = author(Format.RSS, username);
        subscribers.seen(userAgent, Links.authorRssPath(username));
        return feed;
    }

    @GET
    @Path("@{username}/atom.xml")
    public Response authorAtom(@PathParam("username") String username, @HeaderParam("User-Agent") String userAgent) {
        Response feed = author(Format.ATOM, username);
        subscribers.seen(userAgent, Links.authorAtomPath(username));
        return feed;
    }

    private Response site(Format format, String self) {
        SiteSettings s = site.current();
        Page<PostView> posts = blog.published(1, FEED_SIZE, views::post);
        return answer(format, new Channel(s.title(), s.description(), s.language(), links.home(), self), posts);
    }

    private Response author(Format format, String username) {
        AuthorView author = blog.author(username, views::author);
        Page<PostView> posts = blog.publishedBy(username, 1, FEED_SIZE, views::post);
        SiteSettings s = site.current();
        String self = format == Format.RSS ? author.rssUrl() : author.atomUrl();
        return answer(
                format,
                new Channel(
                        author.displayName() + " · " + s.title(),
                        "Posts by " + author.displayName(),
                        s.language(),
                        author.url(),
                        self),
                posts);
    }

    private static Response answer(Format format, Channel channel, Page<PostView> posts) {
        CacheControl cc = new CacheControl();
        cc.setMaxAge(300);
        return Response.ok(PostsToFeed.write(format, channel, posts.items()), format.contentType)
                .cacheControl(cc)
                .build();
    }
}
