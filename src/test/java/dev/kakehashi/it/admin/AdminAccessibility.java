package dev.kakehashi.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility check every admin page passes in a real browser at 390 px: each form field has a
 * label, the page has one h1, a skip link to #main, the current page is marked in the menu, and
 * nothing scrolls sideways.
 */
final class AdminAccessibility {
    static final List<String> PAGES = List.of(
            "/admin",
            "/admin/posts",
            "/admin/posts/new",
            "/admin/posts/new?kind=note",
            "/admin/pages",
            "/admin/pages/new",
            "/admin/comments",
            "/admin/following",
            "/admin/followers",
            "/admin/notifications",
            "/admin/blocks",
            "/admin/reports",
            "/admin/profile",
            "/admin/move",
            "/admin/authors",
            "/admin/settings",
            "/admin/settings/appearance",
            "/admin/settings/federation",
            "/admin/settings/comments",
            "/admin/settings/aliases",
            "/admin/settings/plugins",
            "/admin/settings/import");

    private static final String CHECK =
            """
            var problems = [];
            document.querySelectorAll('input, select, textarea').forEach(function (f) {
              if (f.type === 'hidden' || f.type === 'submit' || f.type === 'button') return;
              var named = (f.labels && f.labels.length > 0) || f.getAttribute('aria-label') || f.getAttribute('aria-labelledby');
              if (!named) problems.push('no label: ' + f.outerHTML.slice(0, 120));
            });
            var h1 = document.querySelectorAll('h1').length;
            if (h1 !== 1) problems.push(h1 + ' h1 elements');
            var skip = document.querySelector('a.skip-link[href="#main"]');
            if (!skip || !document.getElementById('main')) problems.push('no skip link to #main');
            if (!document.querySelector('.admin-nav a[aria-current=page]')) problems.push('current page not marked');
            var root = document.documentElement;
            if (root.scrollWidth > window.innerWidth) problems.push('scrolls sideways: ' + root.scrollWidth + ' > ' + window.innerWidth);
            return problems;
            """;

    private AdminAccessibility() {}

    static void checkAll(ChromeDriver browser, KakehashiServer server) {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : PAGES) {
                browser.get(server.url(page));
                @SuppressWarnings("unchecked")
                List<String> problems = (List<String>) browser.executeScript(CHECK);
                assertThat(problems).as("accessibility of %s at 390 px", page).isEmpty();
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
