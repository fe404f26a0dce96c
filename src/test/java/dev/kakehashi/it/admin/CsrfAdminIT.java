package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every state-changing admin form refuses a missing or forged CSRF token and changes nothing. */
class CsrfAdminIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("CSRF IT", "keeper", "keeper-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Posts the fields once without a token and once with a forged one; both must be 403. */
    private static void refused(String path, Map<String, String> fields) {
        var missing = admin.postForm(path, fields);
        assertThat(missing.status()).as(path + " without token").isEqualTo(403);
        Map<String, String> forged = new java.util.LinkedHashMap<>(fields);
        forged.put("_csrf", "forged-token");
        assertThat(admin.postForm(path, forged).status()).as(path + " forged").isEqualTo(403);
    }

    @Test
    void editingAPostIsRefusedAndThePostStaysUnchanged() {
        String id = admin.compose("article", "publish", "title", "Steady", "body", "Unchanged body");
        refused("/admin/posts/" + id, form("kind", "article", "action", "publish", "title", "Hacked", "body", "x"));
        assertThat(admin.get("/admin/posts/" + id + "/edit")
                        .html()
                        .select("input#title")
                        .val())
                .isEqualTo("Steady");
    }

    @Test
    void deletingAPostIsRefusedAndThePostStaysPublished() {
        String id = admin.compose("note", "publish", "body", "Still here");
        refused("/admin/posts/" + id + "/delete", form());
        assertThat(admin.get("/admin/posts/" + id + "/edit")
                        .html()
                        .select(".status")
                        .text())
                .isEqualTo("published");
    }

    @Test
    void changingSettingsIsRefusedAndTheTitleStays() {
        refused("/admin/settings", form("title", "Hijacked", "description", "", "language", "en", "theme", "default"));
        assertThat(admin.get("/admin/settings").html().select("input#title").val())
                .isEqualTo("CSRF IT");
    }

    @Test
    void addingAnAuthorIsRefusedAndNobodyIsAdded() {
        refused(
                "/admin/authors",
                form(
                        "username",
                        "intruder",
                        "email",
                        "i@example.com",
                        "displayName",
                        "I",
                        "password",
                        "intruder-password",
                        "role",
                        "admin"));
        assertThat(admin.get("/admin/authors").html().select(".author-row").eachAttr("data-username"))
                .containsExactly("keeper");
    }

    @Test
    void changingARoleIsRefused() {
        AdminPages.addAuthor(admin, "plain", "author", "plain-password-1");
        var list = admin.get("/admin/authors");
        String action =
                list.html().select(".author-row[data-username=plain] form").attr("action");
        refused(action, form("role", "admin"));
        assertThat(admin.get("/admin/authors")
                        .html()
                        .select(".author-row[data-username=plain] option[selected]")
                        .val())
                .isEqualTo("author");
    }

    @Test
    void updatingTheProfileIsRefusedAndTheNameStays() {
        refused("/admin/profile", form("displayName", "Forged Name", "bio", "", "email", "keeper@example.com"));
        assertThat(admin.get("/admin/profile")
                        .html()
                        .select("input#displayName")
                        .val())
                .isEqualTo("keeper");
    }

    @Test
    void changingThePasswordIsRefusedAndTheOldOneStillWorks() {
        refused(
                "/admin/profile/password",
                form("currentPassword", "keeper-password-1", "newPassword", "attacker-chosen-1"));
        new WebClient(server).logIn("keeper", "keeper-password-1");
    }

    @Test
    void loggingOutIsRefusedAndTheSessionStays() {
        refused("/logout", form());
        assertThat(admin.get("/admin").status()).isEqualTo(200);
    }

    @Test
    void thePreviewRefusesARequestWithoutTheTokenHeader() {
        var answer = admin.send(HttpRequest.newBuilder(admin.uri("/admin/preview"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("*hi*")));
        assertThat(answer.status()).isEqualTo(403);
        var forged = admin.send(HttpRequest.newBuilder(admin.uri("/admin/preview"))
                .header("Content-Type", "text/plain")
                .header("X-CSRF-Token", "forged")
                .POST(HttpRequest.BodyPublishers.ofString("*hi*")));
        assertThat(forged.status()).isEqualTo(403);
    }
}
