package dev.kakehashi.app;

import dev.kakehashi.admin.AdminRenderer;
import dev.kakehashi.service.Handles;
import dev.kakehashi.web.PageRenderer;
import dev.kakehashi.web.theme.ThemeRenderer;
import dev.kakehashi.web.view.PostToView;

/** The theme's pages, the admin's pages (with their unread and pending badges) and post views. */
record Renderers(PageRenderer pages, AdminRenderer adminPages, PostToView views) {
    static Renderers build(Core core, BlogModule blog, FederationModule federation) {
        PageRenderer pages = new PageRenderer(
                new ThemeRenderer(core.ctx(), core.themes()), core.site(), core.links(), blog.sitePages()::menu);
        AdminRenderer adminPages = new AdminRenderer(
                        core.site(),
                        me -> federation.reactions().notifications().unread(me.accountId()),
                        me -> federation.commentModeration().pendingCount(me.accountId(), me.admin()))
                .withHandles(new Handles(core.site(), core.links()));
        return new Renderers(pages, adminPages, new PostToView(core.links(), blog.rendering()));
    }
}
