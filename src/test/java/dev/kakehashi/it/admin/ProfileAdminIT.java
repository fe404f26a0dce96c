package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One's own profile and password. */
class ProfileAdminIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Profile IT", "chief", "chief-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSavedProfileShowsInTheAdminAndOnTheAuthorsPublicPage() {
        AdminPages.addAuthor(admin, "poet", "author", "poet-password-1");
        WebClient poet = new WebClient(server).logIn("poet", "poet-password-1");
        var page = poet.get("/admin/profile");
        var saved = poet.postForm(
                "/admin/profile",
                form(
                        "_csrf", page.csrf(),
                        "displayName", "Basho Matsuo",
                        "bio", "Old pond, frog jumps in.",
                        "email", "basho@example.com",
                        "avatarId", ""));
        assertThat(saved.status()).isEqualTo(303);
        var again = poet.get(saved.header("Location"));
        assertThat(again.html().select(".notice").text()).isEqualTo("Profile saved.");
        assertThat(again.html().select("input#displayName").val()).isEqualTo("Basho Matsuo");
        assertThat(again.html().select("textarea#bio").text()).isEqualTo("Old pond, frog jumps in.");
        assertThat(again.html().select("input#email").val()).isEqualTo("basho@example.com");
        assertThat(admin.get("/admin/authors")
                        .html()
                        .select(".author-row[data-username=poet]")
                        .text())
                .contains("Basho Matsuo", "basho@example.com");
        var publicPage = new WebClient(server).get("/@poet");
        if (publicPage.status() == 200) { // the public author page comes from the web branch
            assertThat(publicPage.body()).contains("Basho Matsuo").contains("Old pond, frog jumps in.");
        }
    }

    @Test
    void anEmptyDisplayNameOrOverlongBioIsRejectedAndTheProfileStaysAsItWas() {
        var page = admin.get("/admin/profile");
        String nameBefore = page.html().select("input#displayName").val();
        var answer = admin.postForm(
                "/admin/profile",
                form("_csrf", page.csrf(), "displayName", " ", "bio", "b".repeat(1001), "email", "chief@example.com"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText())
                .contains("Display name is required", "Bio must be at most 1000 characters");
        assertThat(answer.html().select("textarea#bio").text()).hasSize(1001);
        assertThat(admin.get("/admin/profile")
                        .html()
                        .select("input#displayName")
                        .val())
                .isEqualTo(nameBefore);
    }

    @Test
    void aBadEmailIsRejected() {
        var page = admin.get("/admin/profile");
        var answer = admin.postForm(
                "/admin/profile", form("_csrf", page.csrf(), "displayName", "Chief", "bio", "", "email", "nope"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText()).contains("E-mail must look like name@example.com");
    }

    @Test
    void anAvatarThatIsNotOnesOwnUploadIsRejected() {
        var page = admin.get("/admin/profile");
        var answer = admin.postForm(
                "/admin/profile",
                form(
                        "_csrf",
                        page.csrf(),
                        "displayName",
                        "Chief",
                        "bio",
                        "",
                        "email",
                        "chief@example.com",
                        "avatarId",
                        "123456789"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText()).contains("Unknown image");
    }

    @Test
    void changingThePasswordLogsOutOtherSessionsKeepsThisOneAndTheNewPasswordWorks() {
        AdminPages.addAuthor(admin, "mover", "author", "mover-password-1");
        WebClient laptop = new WebClient(server).logIn("mover", "mover-password-1");
        WebClient phone = new WebClient(server).logIn("mover", "mover-password-1");
        var page = laptop.get("/admin/profile");
        var changed = laptop.postForm(
                "/admin/profile/password",
                form("_csrf", page.csrf(), "currentPassword", "mover-password-1", "newPassword", "mover-password-2"));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(laptop.get("/admin/profile").status()).isEqualTo(200);
        assertThat(phone.get("/admin/profile").status()).isEqualTo(303);
        assertThat(new WebClient(server)
                        .postLogin(form("username", "mover", "password", "mover-password-1"))
                        .status())
                .isEqualTo(401);
        new WebClient(server).logIn("mover", "mover-password-2");
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        var page = admin.get("/admin/profile");
        var answer = admin.postForm(
                "/admin/profile/password",
                form("_csrf", page.csrf(), "currentPassword", "wrong-password", "newPassword", "brand-new-password"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText()).contains("The current password is wrong");
        new WebClient(server).logIn("chief", "chief-password-1");
    }

    @Test
    void afterFiveWrongCurrentPasswordsTheFormRefusesWith429EvenTheRightOneAndNothingChanges() {
        AdminPages.addAuthor(admin, "guessed", "author", "guessed-password-1");
        WebClient thief = new WebClient(server).logIn("guessed", "guessed-password-1");
        for (int i = 1; i <= 5; i++) {
            var page = thief.get("/admin/profile");
            var answer = thief.postForm(
                    "/admin/profile/password",
                    form("_csrf", page.csrf(), "currentPassword", "guess-" + i, "newPassword", "stolen-password-1"));
            assertThat(answer.status()).as("guess " + i).isEqualTo(422);
        }
        var page = thief.get("/admin/profile");
        var sixth = thief.postForm(
                "/admin/profile/password",
                form(
                        "_csrf",
                        page.csrf(),
                        "currentPassword",
                        "guessed-password-1",
                        "newPassword",
                        "stolen-password-1"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.html().select(".field-error").text()).contains("Too many wrong current passwords");
        new WebClient(server).logIn("guessed", "guessed-password-1");
    }

    @Test
    void aTooShortNewPasswordIsRejected() {
        var page = admin.get("/admin/profile");
        var answer = admin.postForm(
                "/admin/profile/password",
                form("_csrf", page.csrf(), "currentPassword", "chief-password-1", "newPassword", "short"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.html().select(".field-error").eachText())
                .contains("Password must have at least 8 characters");
        new WebClient(server).logIn("chief", "chief-password-1");
    }

    @Test
    void withoutAMailServerTheEmailChoicesSayNothingIsMailedAndStillSave() {
        AdminPages.addAuthor(admin, "scribe", "author", "scribe-password-1");
        WebClient scribe = new WebClient(server).logIn("scribe", "scribe-password-1");
        var page = scribe.get("/admin/profile");
        assertThat(page.html().select("#email-form .hint").text()).contains("no mail server");

        var saved = scribe.postForm(
                "/admin/profile/email", form("_csrf", page.csrf(), "mentions", "on", "followers", "on"));
        assertThat(saved.status()).isEqualTo(303);
        var again = scribe.get(saved.header("Location")).html();
        assertThat(again.select("#email-form input[checked]").eachAttr("name"))
                .containsExactly("followers", "mentions");
        // Without the form's token nothing changes.
        assertThat(scribe.postForm("/admin/profile/email", form("replies", "on"))
                        .status())
                .isEqualTo(403);
        assertThat(new WebClient(server)
                        .postForm("/admin/profile/email", form("replies", "on"))
                        .status())
                .isEqualTo(401);
        assertThat(scribe.get("/admin/profile")
                        .html()
                        .select("#email-form input[checked]")
                        .eachAttr("name"))
                .containsExactly("followers", "mentions");
    }
}
