package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admins manage authors; authors see and change only their own things. */
class AuthorsAdminIT {
    static KakehashiServer server;
    static WebClient admin;
    static WebClient author;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Authors IT", "boss", "boss-password-1");
        AdminPages.addAuthor(admin, "writer", "author", "writer-password-1");
        author = new WebClient(server).logIn("writer", "writer-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAddedAuthorIsListedAndCanLogIn() {
        AdminPages.addAuthor(admin, "newcomer", "author", "newcomer-password-1");
        var list = admin.get("/admin/authors");
        assertThat(list.html().select(".author-row").eachAttr("data-username")).contains("newcomer");
        WebClient browser = new WebClient(server).logIn("newcomer", "newcomer-password-1");
        var dashboard = browser.get("/admin");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.html().select("nav a").eachText())
                .contains("New post")
                .doesNotContain("Authors");
    }

    @Test
    void addingAnAuthorWithATakenUsernameOrShortPasswordShowsTheMessagesAndAddsNobody() {
        var page = admin.get("/admin/authors");
        var answer = admin.postForm(
                "/admin/authors",
                form(
                        "_csrf", page.csrf(),
                        "username", "writer",
                        "email", "other@example.com",
                        "displayName", "",
                        "password", "short",
                        "role", "author"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText())
                .contains(
                        "This username is taken",
                        "Display name is required",
                        "Password must have at least 8 characters");
        assertThat(answer.html().select("input#email").val()).isEqualTo("other@example.com");
        assertThat(admin.get("/admin/authors").body()).doesNotContain("other@example.com");
    }

    @Test
    void anAuthorIsRefusedTheAuthorsPage() {
        assertThat(author.get("/admin/authors").status()).isEqualTo(403);
    }

    @Test
    void anAuthorCannotAddAnAccount() {
        var csrf = author.get("/admin").csrf();
        var answer = author.postForm(
                "/admin/authors",
                form(
                        "_csrf",
                        csrf,
                        "username",
                        "sneaky",
                        "email",
                        "s@example.com",
                        "displayName",
                        "S",
                        "password",
                        "sneaky-password",
                        "role",
                        "admin"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(new WebClient(server)
                        .postLogin(form("username", "sneaky", "password", "sneaky-password"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anAuthorIsRefusedTheSettingsPageAndItsForms() {
        assertThat(author.get("/admin/settings").status()).isEqualTo(403);
        var csrf = author.get("/admin").csrf();
        var answer = author.postForm(
                "/admin/settings",
                form("_csrf", csrf, "title", "Taken over", "description", "", "language", "en", "theme", "default"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(author.postForm("/admin/settings/plugins", form("_csrf", csrf))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/").html().title()).isNotEqualTo("Taken over");
    }

    @Test
    void anAuthorCannotOpenEditOrDeleteAnotherAuthorsPost() {
        String id = admin.compose("article", "publish", "title", "Boss article", "body", "Original words.");
        assertThat(author.get("/admin/posts/" + id + "/edit").status()).isEqualTo(403);
        var csrf = author.get("/admin").csrf();
        var edit = author.postForm(
                "/admin/posts/" + id,
                form("_csrf", csrf, "kind", "article", "action", "publish", "title", "Defaced", "body", "Defaced"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(author.postForm("/admin/posts/" + id + "/delete", form("_csrf", csrf))
                        .status())
                .isEqualTo(403);
        var own = admin.get("/admin/posts/" + id + "/edit");
        assertThat(own.html().select("input#title").val()).isEqualTo("Boss article");
        assertThat(own.html().select(".status").text()).isEqualTo("published");
    }

    @Test
    void anAuthorSeesOnlyTheirOwnPostsWhileAnAdminSeesAll() {
        admin.compose("article", "draft", "title", "Admin draft", "body", "a");
        author.compose("article", "draft", "title", "Writer draft", "body", "w");
        assertThat(author.get("/admin/posts").html().select(".post-row a").eachText())
                .contains("Writer draft")
                .doesNotContain("Admin draft");
        assertThat(admin.get("/admin/posts").html().select(".post-row a").eachText())
                .contains("Writer draft", "Admin draft");
    }

    @Test
    void anAdminCanEditAnAuthorsPost() {
        String id = author.compose("article", "draft", "title", "Needs a fix", "body", "typo");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        var saved = admin.postForm(
                "/admin/posts/" + id,
                form("_csrf", edit.csrf(), "kind", "article", "action", "draft", "title", "Fixed", "body", "no typo"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(author.get("/admin/posts/" + id + "/edit")
                        .html()
                        .select("input#title")
                        .val())
                .isEqualTo("Fixed");
    }

    @Test
    void promotingAnAuthorGivesThemTheAuthorsPage() {
        AdminPages.addAuthor(admin, "rising", "author", "rising-password-1");
        WebClient rising = new WebClient(server).logIn("rising", "rising-password-1");
        assertThat(rising.get("/admin/authors").status()).isEqualTo(403);
        var list = admin.get("/admin/authors");
        String action =
                list.html().select(".author-row[data-username=rising] form").attr("action");
        var changed = admin.postForm(action, form("_csrf", list.csrf(), "role", "admin"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(rising.get("/admin/authors").status()).isEqualTo(200);

        // back to author, so "boss" stays the only admin for the other tests
        var again = admin.get("/admin/authors");
        admin.postForm(action, form("_csrf", again.csrf(), "role", "author"));
        assertThat(rising.get("/admin/authors").status()).isEqualTo(403);
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        var list = admin.get("/admin/authors");
        String action =
                list.html().select(".author-row[data-username=boss] form").attr("action");
        var answer = admin.postForm(action, form("_csrf", list.csrf(), "role", "author"));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.html().select("[role=alert]").text()).contains("The last admin cannot lose the admin role");
        assertThat(admin.get("/admin/authors").status()).isEqualTo(200);
    }
}
