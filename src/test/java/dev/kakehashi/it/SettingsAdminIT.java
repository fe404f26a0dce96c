package dev.kakehashi.it;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blog-wide settings form refuses bad input and keeps what was stored. */
class SettingsAdminIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Settings IT", "owner", "owner-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anEmptyTitleIsRejectedAndTheBlogKeepsItsTitle() {
        var page = admin.get("/admin/settings");
        String descriptionBefore = page.html().select("textarea#description").text();
        var answer = admin.postForm(
                "/admin/settings",
                form(
                        "_csrf",
                        page.csrf(),
                        "title",
                        "",
                        "description",
                        "New words",
                        "language",
                        "en",
                        "theme",
                        "default"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText()).contains("Blog title is required");
        assertThat(answer.html().select("textarea#description").text()).isEqualTo("New words");
        assertThat(new WebClient(server).get("/").html().title()).isEqualTo("Settings IT");
        assertThat(admin.get("/admin/settings")
                        .html()
                        .select("textarea#description")
                        .text())
                .isEqualTo(descriptionBefore);
    }

    @Test
    void anOverlongDescriptionIsRejected() {
        var page = admin.get("/admin/settings");
        var answer = admin.postForm(
                "/admin/settings",
                form(
                        "_csrf",
                        page.csrf(),
                        "title",
                        "Settings IT",
                        "description",
                        "d".repeat(501),
                        "language",
                        "en",
                        "theme",
                        "default"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText())
                .contains("Description must be at most 500 characters");
    }

    @Test
    void savedSettingsShowANoticeAndTheNewTitle() {
        var page = admin.get("/admin/settings");
        var saved = admin.postForm(
                "/admin/settings",
                form(
                        "_csrf",
                        page.csrf(),
                        "title",
                        "Settings IT",
                        "description",
                        "About us",
                        "language",
                        "ja",
                        "theme",
                        "default"));
        assertThat(saved.status()).isEqualTo(303);
        var again = admin.get(saved.header("Location"));
        assertThat(again.html().select(".notice").text()).isEqualTo("Settings saved.");
        assertThat(again.html().select("select#language option[selected]").val())
                .isEqualTo("ja");
        assertThat(again.html().select("select#language option[selected]").text())
                .isEqualTo("日本語 (ja)");
        assertThat(again.html().select("select#language option").size()).isGreaterThan(30);
        assertThat(again.html().select("textarea#description").text()).isEqualTo("About us");
    }
}
