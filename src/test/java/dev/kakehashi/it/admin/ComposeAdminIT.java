package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compose page beyond plain saving: preview, scheduling, notices, deleting, the list. */
class ComposeAdminIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Compose IT", "editor", "editor-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient.Page preview(String markdown) {
        String csrf = admin.get("/admin/posts/new").csrf();
        return admin.send(HttpRequest.newBuilder(admin.uri("/admin/preview"))
                .header("Content-Type", "text/plain;charset=utf-8")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(markdown)));
    }

    @Test
    void thePreviewRendersMarkdownAsHtml() {
        var answer = preview("# Hello\n\nSome *emphasis* and a [link](https://example.com/).");
        assertThat(answer.status()).isEqualTo(200);
        var html = answer.html();
        assertThat(html.select("h1").text()).isEqualTo("Hello");
        assertThat(html.select("em").text()).isEqualTo("emphasis");
        assertThat(html.select("a").attr("href")).isEqualTo("https://example.com/");
    }

    @Test
    void thePreviewStripsScripts() {
        var answer = preview("Text <script>alert('x')</script> <img src=x onerror=alert(1)> end");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("onerror")
                .contains("end");
    }

    @Test
    void thePreviewRefusesAnOverlongBody() {
        assertThat(preview("x".repeat(200_001)).status()).isEqualTo(413);
    }

    @Test
    void theComposePageOffersImageUploadAndPreviewToScripts() {
        var page = admin.get("/admin/posts/new");
        assertThat(page.html().select("label").eachText()).contains("Title", "Body", "Image", "Alt text");
        assertThat(page.html().select("button").eachText()).contains("Publish", "Save draft", "Upload");
        assertThat(page.html().select("input[name=coverId]")).hasSize(1);
        assertThat(page.html().select("script[src]").eachAttr("src")).contains("/assets/compose.js");
        assertThat(admin.get("/assets/compose.js").status()).isEqualTo(200);
        var note = admin.get("/admin/posts/new?kind=note");
        assertThat(note.html().select("input[name=attachmentIds]")).hasSize(1);
    }

    @Test
    void schedulingForThePastIsRejectedAndNothingIsStored() {
        var compose = admin.get("/admin/posts/new");
        var answer = admin.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        compose.csrf(),
                        "kind",
                        "article",
                        "action",
                        "schedule",
                        "title",
                        "Time traveller",
                        "body",
                        "b",
                        "scheduledAt",
                        "2020-01-01T10:00",
                        "tzOffset",
                        "0"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText())
                .contains("The publication time must be in the future");
        assertThat(admin.get("/admin/posts").body()).doesNotContain("Time traveller");
    }

    @Test
    void aScheduledPostShowsItsTimeAndCanBeUnscheduled() {
        String id = admin.compose(
                "article",
                "schedule",
                "title",
                "Later",
                "body",
                "Soon.",
                "scheduledAt",
                "2099-05-01T09:30",
                "tzOffset",
                "-60");
        var edit = admin.get("/admin/posts/" + id + "/edit?saved=scheduled");
        assertThat(edit.html().select(".notice").text()).contains("Scheduled.");
        assertThat(edit.html().select(".scheduled-at time").attr("datetime")).isEqualTo("2099-05-01T08:30:00Z");
        assertThat(edit.html().select("input#scheduledAt").val()).isEqualTo("2099-05-01T08:30");
        assertThat(admin.get("/admin/posts?status=scheduled")
                        .html()
                        .select(".post-row .scheduled-at")
                        .text())
                .contains("2099-05-01 08:30 UTC");

        var unscheduled = admin.postForm(
                "/admin/posts/" + id,
                form(
                        "_csrf",
                        edit.csrf(),
                        "kind",
                        "article",
                        "action",
                        "unschedule",
                        "title",
                        "Later",
                        "body",
                        "Soon."));
        assertThat(unscheduled.status()).isEqualTo(303);
        var after = admin.get("/admin/posts/" + id + "/edit");
        assertThat(after.html().select(".status").text()).isEqualTo("draft");
        assertThat(after.html().select(".scheduled-at")).isEmpty();
    }

    @Test
    void publishingShowsAPublishedNoticeWithALinkToThePublicPage() {
        var compose = admin.get("/admin/posts/new");
        var saved = admin.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        compose.csrf(),
                        "kind",
                        "article",
                        "action",
                        "publish",
                        "title",
                        "Out now",
                        "body",
                        "Read me.",
                        "slug",
                        "out-now"));
        var edit = admin.get(saved.header("Location"));
        assertThat(edit.html().select(".notice").text()).contains("Published.");
        String link = edit.html().select(".notice a").attr("href");
        assertThat(link).endsWith("/articles/out-now");
        assertThat(new WebClient(server).get("/").html().select("main h2 a").eachAttr("href"))
                .contains(link);
    }

    @Test
    void savingADraftShowsASavedNotice() {
        var compose = admin.get("/admin/posts/new");
        var saved = admin.postForm(
                "/admin/posts",
                form("_csrf", compose.csrf(), "kind", "article", "action", "draft", "title", "Quiet", "body", "b"));
        assertThat(admin.get(saved.header("Location")).html().select(".notice").text())
                .isEqualTo("Saved.");
    }

    @Test
    void editingAPublishedPostWithAnEmptyTitleIsRejectedAndThePublicPageIsUnchanged() {
        var compose = admin.get("/admin/posts/new");
        admin.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        compose.csrf(),
                        "kind",
                        "article",
                        "action",
                        "publish",
                        "title",
                        "Stable title",
                        "body",
                        "Stable body.",
                        "slug",
                        "stable"));
        var before = new WebClient(server).get("/");
        assertThat(before.body()).contains("Stable title").contains("Stable body.");
        String id = admin.get("/admin/posts?status=published")
                .html()
                .select(".post-row a:contains(Stable title)")
                .attr("href")
                .replaceAll("\\D", "");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        var answer = admin.postForm(
                "/admin/posts/" + id,
                form(
                        "_csrf",
                        edit.csrf(),
                        "kind",
                        "article",
                        "action",
                        "publish",
                        "title",
                        "",
                        "body",
                        "Changed body."));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText()).contains("Title is required");
        assertThat(answer.html().select("textarea#body").text()).isEqualTo("Changed body.");
        var after = new WebClient(server).get("/");
        assertThat(after.body())
                .contains("Stable title")
                .contains("Stable body.")
                .doesNotContain("Changed body.");
    }

    @Test
    void deletingAsksFirstThenTakesThePostOffTheBlog() {
        var compose = admin.get("/admin/posts/new");
        var saved = admin.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        compose.csrf(),
                        "kind",
                        "article",
                        "action",
                        "publish",
                        "title",
                        "Short lived",
                        "body",
                        "Bye.",
                        "slug",
                        "short-lived"));
        String id = saved.header("Location").replaceAll(".*/posts/(\\d+)/edit.*", "$1");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        String deleteLink = edit.html().select("a:contains(Delete post)").attr("href");
        var confirm = admin.get(deleteLink);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.html().select("h1").text()).isEqualTo("Delete post?");
        assertThat(new WebClient(server).get("/").html().select("main h2 a").eachText())
                .as("asking deletes nothing")
                .contains("Short lived");
        var deleted = admin.postForm(
                confirm.html().select("form[action$=/delete]").attr("action"), form("_csrf", confirm.csrf()));
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(admin.get(deleted.header("Location"))
                        .html()
                        .select(".notice")
                        .text())
                .isEqualTo("Post deleted.");
        assertThat(new WebClient(server).get("/").html().select("main h2 a").eachText())
                .doesNotContain("Short lived");
        assertThat(admin.get("/admin/posts/" + id + "/edit").status()).isEqualTo(410);
    }

    @Test
    void thePostListCountsEachFilterAndPagesThroughLongLists() {
        WebClient fresh = new WebClient(server);
        AdminPages.addAuthor(admin, "prolific", "author", "prolific-password-1");
        fresh.logIn("prolific", "prolific-password-1");
        for (int i = 1; i <= 21; i++) {
            fresh.compose("note", "draft", "body", "Draft number " + i);
        }
        fresh.compose("note", "publish", "body", "The only published one");
        var list = fresh.get("/admin/posts");
        assertThat(list.html().select(".filters a[data-filter=all] .count").text())
                .isEqualTo("(22)");
        assertThat(list.html().select(".filters a[data-filter=draft] .count").text())
                .isEqualTo("(21)");
        assertThat(list.html()
                        .select(".filters a[data-filter=published] .count")
                        .text())
                .isEqualTo("(1)");
        assertThat(list.html().select(".post-row")).hasSize(20);
        assertThat(list.html().select(".pager").text()).contains("Page 1 of 2");

        var second = fresh.get(list.html().select(".pager a[rel=next]").attr("href"));
        assertThat(second.html().select(".post-row")).hasSize(2);
        var drafts2 = fresh.get("/admin/posts?status=draft&page=2");
        assertThat(drafts2.html().select(".post-row")).hasSize(1);
        assertThat(drafts2.html().select(".post-row a").text()).isEqualTo("Draft number 1");
    }

    @Test
    void theDashboardListsRecentDraftsAndPublishedPosts() {
        admin.compose("article", "draft", "title", "Dashboard draft", "body", "d");
        admin.compose("article", "publish", "title", "Dashboard story", "body", "p");
        var dashboard = admin.get("/admin");
        assertThat(dashboard.html().select("#recent-drafts a").eachText()).contains("Dashboard draft");
        assertThat(dashboard.html().select("#recent-published a").eachText()).contains("Dashboard story");
        assertThat(dashboard.html().select(".quick-links a").eachText()).contains("New post", "Settings");
    }
}
