package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blog-wide settings sections refuse bad input and keep what was stored. */
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

    @Test
    void eachSectionIsItsOwnPageWithOneSave() {
        for (String section : List.of("", "/federation", "/comments", "/aliases", "/plugins")) {
            var page = admin.get("/admin/settings" + section).html();
            assertThat(page
                            .select("main form button[type=submit]:not([name]), main form button:not([type])")
                            .eachText()
                            .stream()
                            .filter(t -> t.startsWith("Save"))
                            .toList())
                    .as(section)
                    .hasSize(1);
            assertThat(page.select(".settings-tabs a[aria-current=page]"))
                    .as(section)
                    .hasSize(1);
        }
    }

    @Test
    void theCommentsSectionSavesBothSettingsOrNeither() {
        var page = admin.get("/admin/settings/comments");
        var saved = admin.postForm(
                "/admin/settings/comments",
                form("_csrf", page.csrf(), "policy", "HOLD_ALL", "actorDeletion", "ANONYMIZE"));
        assertThat(saved.status()).isEqualTo(303);
        var shown = admin.get(saved.header("Location")).html();
        assertThat(shown.select(".notice").text()).isEqualTo("Settings saved.");
        assertThat(shown.select("input[name=policy][checked]").val()).isEqualTo("HOLD_ALL");
        assertThat(shown.select("select#actorDeletion option[selected]").val()).isEqualTo("ANONYMIZE");

        var refused = admin.postForm(
                "/admin/settings/comments",
                form("_csrf", page.csrf(), "policy", "SOMETIMES", "actorDeletion", "DELETE"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".field-error").eachText())
                .containsExactly("Choose when comments are published");
        var kept = admin.get("/admin/settings/comments").html();
        assertThat(kept.select("input[name=policy][checked]").val()).isEqualTo("HOLD_ALL");
        assertThat(kept.select("select#actorDeletion option[selected]").val()).isEqualTo("ANONYMIZE");
    }

    @Test
    void activatingAThemeThatDoesNotExistIsRefusedAndTheActiveOneStays() {
        var page = admin.get("/admin/settings/appearance");
        assertThat(page.html().select(".theme-card h3").eachText()).contains("Default", "Minimal");
        assertThat(page.html().select("main button").eachText())
                .contains("Activate Minimal")
                .noneMatch(t -> t.startsWith("Save"));
        assertThat(page.html().select(".settings-tabs a[aria-current=page]").text())
                .isEqualTo("Appearance");
        var refused = admin.postForm("/admin/settings/theme", form("_csrf", page.csrf(), "theme", "nope"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".field-error").text()).isEqualTo("There is no theme named nope");
        assertThat(admin.get("/admin/settings/appearance")
                        .html()
                        .select(".theme-card.active h3")
                        .text())
                .isEqualTo("Default");
    }
}
