package dev.kakehashi.web;

import dev.kakehashi.service.Handles;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SitePageService;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.SiteSettings;
import dev.kakehashi.web.theme.ThemeRenderer;
import dev.kakehashi.web.view.MenuLink;
import dev.kakehashi.web.view.PageMeta;
import dev.kakehashi.web.view.SiteView;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Renders public pages through the active theme, with the model every page shares. */
public final class PageRenderer {
    public static final MediaType HTML = MediaType.valueOf("text/html;charset=utf-8");

    /**
     * Public pages look the same to everyone: a shared cache may keep one for 30 s, while browsers
     * revalidate each time (a 304 when unchanged), so an author never sees an old page of their own.
     */
    static final String PUBLIC_PAGE = "public, max-age=0, s-maxage=30";

    private final ThemeRenderer themes;
    private final SiteService site;
    private final Links links;
    private final Handles handles;
    private final Supplier<List<SitePageService.MenuEntry>> menu;

    /** @param menu the blog's pages, as every page's menu lists them */
    public PageRenderer(
            ThemeRenderer themes, SiteService site, Links links, Supplier<List<SitePageService.MenuEntry>> menu) {
        this.themes = themes;
        this.menu = menu;
        this.site = site;
        this.links = links;
        this.handles = new Handles(site, links);
    }

    /** A 200 page. {@code model} adds the template's own variables to {@code site} and {@code page}. */
    public Response page(String template, PageMeta meta, Map<String, Object> model) {
        return Response.ok(html(template, meta, model), HTML)
                .header("Vary", "Accept")
                .header("Cache-Control", PUBLIC_PAGE)
                .build();
    }

    /**
     * A 200 page for a signed-in reader only (an author viewing a followers-only post): no cache
     * may keep it, so no one else is ever served it.
     */
    public Response privatePage(String template, PageMeta meta, Map<String, Object> model) {
        return Response.ok(html(template, meta, model), HTML)
                .header("Vary", "Accept, Cookie")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The themed page for an error status (404, 410, 500...). */
    public Response error(int status, String message) {
        SiteSettings s = site.current();
        PageMeta meta = new PageMeta(status + " · " + s.title(), message, null, "website", null);
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("message", message);
        return Response.status(status)
                .entity(html("error", meta, model))
                .type(HTML)
                .build();
    }

    public String html(String template, PageMeta meta, Map<String, Object> model) {
        SiteSettings s = site.current();
        Map<String, Object> all = new HashMap<>(model);
        all.put("site", siteView(s));
        all.put("page", meta);
        return themes.render(s.theme(), template, all, Locale.forLanguageTag(s.language()));
    }

    public SiteView siteView(SiteSettings s) {
        Handles.ForSite h = handles.forSite();
        return new SiteView(
                s.title(),
                s.description(),
                s.language(),
                links.home(),
                links.rss(),
                links.atom(),
                links.at(Links.themeFile(s.theme(), "")),
                h.blog(),
                h.authorDomain(),
                site.blogMovedTo(),
                menu.get().stream()
                        .map(e -> new MenuLink(e.title(), e.url(), e.depth()))
                        .toList());
    }
}
