package dev.kakehashi.web;

import dev.kakehashi.service.BlogQueries;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettings;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.web.view.ArchiveMonthView;
import dev.kakehashi.web.view.PostToView;
import dev.kakehashi.web.view.PostView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /archive}: every month with posts; {@code /archive/<yyyy>/<mm>}: that month's posts. */
@Path("/")
public final class ArchiveResource {
    private final BlogQueries blog;
    private final PostToView views;
    private final PageRenderer pages;
    private final SiteService site;
    private final Links links;

    public ArchiveResource(BlogQueries blog, PostToView views, PageRenderer pages, SiteService site, Links links) {
        this.blog = blog;
        this.views = views;
        this.pages = pages;
        this.site = site;
        this.links = links;
    }

    @GET
    @Path("archive")
    @Produces("text/html")
    public Response archive() {
        SiteSettings s = site.current();
        DateTimeFormatter label = label(s);
        List<ArchiveMonthView> months = blog.archiveMonths().entrySet().stream()
                .map(e -> new ArchiveMonthView(
                        e.getKey().getYear(),
                        label.format(e.getKey()),
                        links.archive(e.getKey().getYear(), e.getKey().getMonthValue()),
                        e.getValue()))
                .toList();
        return pages.page(
                "archive",
                PageMetas.listing("Archive · " + s.title(), "Every post on " + s.title() + ", by month", archiveUrl()),
                Map.of("months", months));
    }

    @GET
    @Path("archive/{year: [0-9]{4}}/{month: [0-9]{2}}")
    @Produces("text/html")
    public Response month(@PathParam("year") String year, @PathParam("month") String month) {
        YearMonth ym;
        try {
            ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
        } catch (DateTimeException e) {
            throw ServiceException.notFound("Month");
        }
        List<PostView> posts = blog.publishedIn(ym, views::post);
        if (posts.isEmpty()) {
            throw ServiceException.notFound("Month");
        }
        SiteSettings s = site.current();
        String name = label(s).format(ym);
        return pages.page(
                "archive-month",
                PageMetas.listing(
                        name + " · " + s.title(),
                        "Posts from " + name,
                        links.archive(ym.getYear(), ym.getMonthValue())),
                Map.of("month", name, "posts", posts, "archiveUrl", archiveUrl()));
    }

    private String archiveUrl() {
        return links.at("/archive");
    }

    private static DateTimeFormatter label(SiteSettings s) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag(s.language()));
    }
}
