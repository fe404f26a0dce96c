package dev.kakehashi.it;

import static dev.kakehashi.it.WebClient.form;

/** Admin steps several tests share, done through the admin's own forms. */
public final class AdminPages {
    private AdminPages() {}

    /** An admin adds an account through /admin/authors; fails the test unless it is created. */
    public static void addAuthor(WebClient admin, String username, String role, String password) {
        var page = admin.get("/admin/authors");
        var added = admin.postForm(
                "/admin/authors",
                form(
                        "_csrf",
                        page.csrf(),
                        "username",
                        username,
                        "email",
                        username + "@example.com",
                        "displayName",
                        "Display " + username,
                        "password",
                        password,
                        "role",
                        role));
        if (added.status() != 303) {
            throw new AssertionError("Adding " + username + " failed: " + added.status() + "\n" + added.body());
        }
    }

    /** The id of the post the edit page's form saves to. */
    public static String postIdFromEditForm(WebClient.Page edit) {
        return edit.html().selectFirst("form#compose").attr("action").replaceAll(".*/", "");
    }

    /**
     * Sets the blog to publish comments at once (Settings → Comments), for tests about what replies
     * look like rather than about moderation; fails the test unless it is saved.
     */
    public static void publishCommentsAtOnce(WebClient admin) {
        commentPolicy(admin, "PUBLISH");
    }

    /** Saves the blog's comment setting (PUBLISH, HOLD_FIRST_TIME or HOLD_ALL) through the Comments settings. */
    public static void commentPolicy(WebClient admin, String policy) {
        var settings = admin.get("/admin/settings/comments");
        var saved = admin.postForm("/admin/settings/comments", form("_csrf", settings.csrf(), "policy", policy));
        if (saved.status() != 303) {
            throw new AssertionError("Saving the comment setting failed: " + saved.status() + "\n" + saved.body());
        }
    }
}
