package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.SitePage;
import dev.kakehashi.service.SitePageService;
import dev.kakehashi.service.content.Slugs;
import dev.kakehashi.store.WpImportRepository;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * A published WordPress page as a page of the blog: at {@code /<its slug>}, in the menu in its
 * {@code menu_order}, under the page it was under (post_parent), in no feed and sent to no one.
 */
final class WpPageImporter {
    /**
     * Pages imported as pages. (Earlier imports kept pages as unlisted articles under {@link
     * WpPostImporter#PAGE}; their addresses still lead there.)
     */
    static final String SITE_PAGE = "SITEPAGE";

    private final WpImportRepository map;
    private final SitePageService pages;
    private final WpContent content;
    private final WpMedia media;
    private final Clock clock;

    WpPageImporter(WpImportRepository map, SitePageService pages, WpContent content, WpMedia media, Clock clock) {
        this.map = map;
        this.pages = pages;
        this.content = content;
        this.media = media;
        this.clock = clock;
    }

    /** Imports the page once: a second run finds it mapped and changes nothing. */
    void importPage(WxrItem item, Account author, WpMedia.Source images, ImportTally tally) {
        if (map.mapped(SITE_PAGE, item.postId())) {
            return;
        }
        Long wpParent = item.parent() > 0 ? item.parent() : null;
        String oldPath = WpPostImporter.pagePath(item.link());
        if (!"publish".equals(item.status())) {
            tally.skip("Page " + item.postId() + " (" + item.status() + ") skipped: only published pages are"
                    + " imported.");
            map.mapPage(SITE_PAGE, item.postId(), null, null, wpParent);
            return;
        }
        WpContent.Converted converted = content.convert(
                item.content(), id -> map.url(WpMedia.ATTACHMENT, id).orElse(null));
        tally.shortcodes.addAll(converted.unknownShortcodes());
        String html = media.rewrite(converted.html(), images, author.id(), tally);
        if (html.length() > SitePage.BODY_MAX_CHARS) {
            throw new WxrRefused(
                    "Page " + item.postId() + " is longer than " + SitePage.BODY_MAX_CHARS + " characters.");
        }
        String title = item.title().isBlank() ? "Untitled (WordPress " + item.postId() + ")" : item.title();
        if (title.length() > SitePage.TITLE_MAX_CHARS) {
            title = title.substring(0, SitePage.TITLE_MAX_CHARS);
        }
        Long parent = wpParent == null ? null : map.localId(SITE_PAGE, wpParent).orElse(null);
        SitePage page = pages.imported(
                author.id(),
                title,
                Slugs.fromTitle(decode(item.name()), SitePage.SLUG_MAX_CHARS - 4),
                html,
                parent,
                item.menuOrder(),
                item.date() != null ? item.date() : clock.instant());
        // Pages exported before their parent were imported at the top; they move under it now.
        pages.adoptImported(page.id(), map.childrenOf(SITE_PAGE, item.postId()));
        map.mapPage(SITE_PAGE, item.postId(), page.id(), oldPath, wpParent);
        if (!item.comments().isEmpty()) {
            tally.note("Page " + item.postId() + " \"" + title + "\" had "
                    + item.comments().size() + " comment(s): pages take no comments here, so they were not imported.");
        }
        tally.posts++;
    }

    /** WordPress stores non-Latin slugs percent-encoded. */
    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
