package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin guard sees a path as Jersey routes it: matrix parameters, encoded semicolons, doubled
 * slashes, dot segments and trailing slashes reach the same resources and meet the same CSRF check.
 */
class AdminGuardPathsIT {
    static KakehashiServer server;
    static WebClient admin;

    /** Spellings of {@code /admin/authors} that a router might still match. */
    static final List<String> AUTHORS = List.of(
            "/admin;x/authors",
            "/admin;/authors",
            "/admin/authors;x",
            "/admin;x/authors;y=1",
            "/admin%3Bx/authors",
            "/admin/authors%3B",
            "//admin/authors",
            "/./admin/authors",
            "/admin/./authors",
            "/x/../admin/authors",
            "/admin/authors/",
            "/admin//authors",
            "/ADMIN/authors",
            "/Admin;x/Authors");

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Guard IT", "guard", "guard-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMatrixParameterOnAdminNoLongerSkipsTheCsrfCheck() {
        var page = admin.postForm("/admin;x/authors", newAdmin("intruder"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(authors()).doesNotContain("intruder");
    }

    @Test
    void everySpellingOfTheAuthorsPathIsRefusedWithoutATokenAndCreatesNoAccount() {
        int i = 0;
        for (String path : AUTHORS) {
            String name = "sneak" + i++;
            var page = admin.send(HttpRequest.newBuilder(admin.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body(newAdmin(name)))));
            assertThat(page.status()).as(path).isIn(403, 404);
            assertThat(authors()).as(path).doesNotContain(name);
        }
    }

    @Test
    void logoutWithAMatrixParameterAndNoTokenIsRefusedAndTheSessionStays() {
        WebClient other = new WebClient(server).logIn("guard", "guard-password-1");
        for (String path : List.of("/logout;x", "/logout;", "/logout%3Bx", "//logout", "/./logout", "/logout/")) {
            var page = other.postForm(path, form());
            assertThat(page.status()).as(path).isIn(403, 404);
            assertThat(other.get("/admin").status())
                    .as("still logged in after " + path)
                    .isEqualTo(200);
        }
    }

    @Test
    void anonymousPostsToAMatrixSpelledAdminPathAre401AndCreateNothing() {
        WebClient stranger = new WebClient(server);
        var page = stranger.postForm("/admin;x/authors", newAdmin("anon"));
        assertThat(page.status()).isEqualTo(401);
        assertThat(stranger.get("/admin;x/authors").status()).isEqualTo(303);
        assertThat(authors()).doesNotContain("anon");
    }

    @Test
    void theRightTokenStillWorksThroughTheGuard() {
        var form = newAdmin("welcome");
        form.put("_csrf", admin.get("/admin/authors").csrf());
        assertThat(admin.postForm("/admin/authors", form).status()).isEqualTo(303);
        assertThat(authors()).contains("welcome");
    }

    private static java.util.Map<String, String> newAdmin(String name) {
        return form(
                "username",
                name,
                "email",
                name + "@example.com",
                "displayName",
                name,
                "password",
                "intruder-password-1",
                "role",
                "admin");
    }

    private static String authors() {
        return admin.get("/admin/authors").html().text();
    }

    private static String body(java.util.Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }
}
