package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "Comments" section of the settings and the bundled spam filter's own settings page, which
 * the plugin declared through the SPI.
 */
class CommentSettingsIT {
    static KakehashiServer server;
    static LiveTables tables;
    static WebClient admin;
    static WebClient author;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Comment settings IT", "sora", "sora-password-1");
        AdminPages.addAuthor(admin, "umi", "author", "umi-password-1");
        author = new WebClient(server).logIn("umi", "umi-password-1");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String checkedPolicy() {
        return admin.get("/admin/settings/comments")
                .html()
                .select("#comments input[name=policy][checked]")
                .val();
    }

    @Test
    void commentsArePublishedAtOnceUntilAnAdminChoosesOtherwise() {
        assertThat(checkedPolicy()).isEqualTo("PUBLISH");
        String csrf = admin.get("/admin/settings/comments").csrf();
        WebClient.Page saved = admin.postForm("/admin/settings/comments", form("_csrf", csrf, "policy", "HOLD_ALL"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(admin.get(saved.header("Location")).html().select(".notice").text())
                .isEqualTo("Settings saved.");
        assertThat(checkedPolicy()).isEqualTo("HOLD_ALL");
        admin.postForm("/admin/settings/comments", form("_csrf", csrf, "policy", "PUBLISH"));
        assertThat(checkedPolicy()).isEqualTo("PUBLISH");
        admin.postForm("/admin/settings/comments", form("_csrf", csrf, "policy", "HOLD_FIRST_TIME"));
        assertThat(checkedPolicy()).isEqualTo("HOLD_FIRST_TIME");
    }

    @Test
    void anUnknownCommentSettingIsRefusedWithAFieldErrorAndNothingChanges() {
        String before = checkedPolicy();
        String csrf = admin.get("/admin/settings/comments").csrf();
        WebClient.Page bad = admin.postForm("/admin/settings/comments", form("_csrf", csrf, "policy", "ANYTHING"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.html().select("#comments .field-error").text()).isEqualTo("Choose when comments are published");
        // A form naming no setting changes none.
        assertThat(admin.postForm("/admin/settings/comments", form("_csrf", csrf))
                        .status())
                .isEqualTo(303);
        assertThat(admin.postForm("/admin/settings/comments", form("policy", "PUBLISH"))
                        .status())
                .isEqualTo(403);
        String authorCsrf = author.get("/admin").csrf();
        assertThat(author.postForm("/admin/settings/comments", form("_csrf", authorCsrf, "policy", "PUBLISH"))
                        .status())
                .isEqualTo(403);
        assertThat(checkedPolicy()).isEqualTo(before);
    }

    @Test
    void theBundledSpamFilterIsListedWithALinkToItsSettings() {
        var settings = admin.get("/admin/settings/plugins").html();
        var box = settings.selectFirst("#plugins input[value=spam-filter]");
        assertThat(box).isNotNull();
        assertThat(box.hasAttr("checked")).isTrue();
        assertThat(settings.select("#plugins label:has(input), #plugins .check").text())
                .contains("Spam filter");
        assertThat(settings.selectFirst("#plugins a.plugin-settings[href=/admin/plugins/spam-filter]"))
                .isNotNull();
        // Markdown extras has no settings of its own, so no link.
        assertThat(settings.select("#plugins a.plugin-settings[href=/admin/plugins/markdown-extras]"))
                .isEmpty();
    }

    @Test
    void anAdminChangesTheSpamFiltersKeywordsAndLinkLimit() {
        var page = admin.get("/admin/plugins/spam-filter");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("textarea[name=keywords]").text()).contains("casino");
        assertThat(page.html().selectFirst("input[name=max-links]").val()).isEqualTo("2");

        WebClient.Page saved = admin.postForm(
                "/admin/plugins/spam-filter",
                form("_csrf", page.csrf(), "keywords", "free tokens\r\nairdrop", "max-links", "5"));
        assertThat(saved.status()).isEqualTo(303);
        var after = admin.get(saved.header("Location"));
        assertThat(after.html().select(".notice").text()).isEqualTo("Plugin settings saved.");
        assertThat(after.html().selectFirst("textarea[name=keywords]").text()).contains("airdrop");
        assertThat(after.html().selectFirst("input[name=max-links]").val()).isEqualTo("5");
        assertThat(tables.text("select setting_value from site_setting where name = 'plugin.spam-filter.max-links'"))
                .isEqualTo("5");
    }

    @Test
    void badPluginSettingsAreRefusedAndNothingIsStored() {
        var page = admin.get("/admin/plugins/spam-filter");
        String keptLimit = page.html().selectFirst("input[name=max-links]").val();
        WebClient.Page bad = admin.postForm(
                "/admin/plugins/spam-filter", form("_csrf", page.csrf(), "keywords", "changed", "max-links", "lots"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.html().select(".field-error").text()).contains("Most links allowed must be a whole number");
        assertThat(bad.html().selectFirst("textarea[name=keywords]").text()).isEqualTo("changed");
        assertThat(admin.postForm(
                                "/admin/plugins/spam-filter",
                                form("_csrf", page.csrf(), "keywords", "x", "max-links", "-1"))
                        .status())
                .isEqualTo(422);
        var again = admin.get("/admin/plugins/spam-filter").html();
        assertThat(again.selectFirst("input[name=max-links]").val()).isEqualTo(keptLimit);
        assertThat(again.selectFirst("textarea[name=keywords]").text()).doesNotContain("changed");

        assertThat(admin.postForm("/admin/plugins/spam-filter", form("keywords", "x", "max-links", "1"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/admin/plugins/markdown-extras").status()).isEqualTo(404);
        assertThat(admin.get("/admin/plugins/no-such-plugin").status()).isEqualTo(404);
        assertThat(author.get("/admin/plugins/spam-filter").status()).isEqualTo(403);
    }
}
