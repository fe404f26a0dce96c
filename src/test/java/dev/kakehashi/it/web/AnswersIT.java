package dev.kakehashi.it.web;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.WebClient;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An author answers a comment from the admin: the answer is a Note in reply to the remote comment,
 * addressed to and tagging the person answered, sent (signed) to their inbox and to the author's
 * followers, and served at its id. An answer under a followers-only post goes to the followers and
 * the person answered without Public, one under a direct post to the person answered only; neither
 * is served at its id. Until the comments branch (inbound replies) is merged, the remote
 * comment is written into the database as that branch stores it.
 */
class AnswersIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static KakehashiServer server;
    static WebClient ann;
    static WebClient cy;
    static FakeRemote remote;
    static Receiver bobInbox;
    static Receiver followers;
    static String bob;
    static String postId;
    static final long COMMENT = 4_000_000_001L;
    static final long PENDING_COMMENT = 4_000_000_002L;
    static final long PRIVATE_COMMENT = 4_000_000_003L;
    static final long DIRECT_COMMENT = 4_000_000_004L;
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    static String commentUri;
    static String privatePostId;
    static String directPostId;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        ann = new WebClient(server).setUpAndLogIn("Answers IT", "ann", "ann-password-1");
        var page = ann.get("/admin/authors");
        ann.postForm(
                "/admin/authors",
                form(
                        "_csrf", page.csrf(),
                        "username", "cy",
                        "email", "cy@example.com",
                        "displayName", "Cy",
                        "password", "cy-password-1",
                        "role", "author"));
        bobInbox = Receiver.start();
        followers = Receiver.start();
        remote = FakeRemote.start();
        bob = remote.origin() + "/users/bob";
        remote.serve(
                "/users/bob",
                200,
                FakeRemote.ACTIVITY_JSON,
                "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + bob + "\",\"type\":\"Person\","
                        + "\"preferredUsername\":\"bob\",\"url\":\"" + remote.origin() + "/@bob\",\"inbox\":\""
                        + bobInbox.url("/users/bob/inbox") + "\",\"endpoints\":{\"sharedInbox\":\""
                        + bobInbox.url("/inbox") + "\"}}");
        postId = ann.compose("note", "publish", "body", "A post worth answering about");
        privatePostId = ann.compose("note", "publish", "body", "For my followers only", "visibility", "private");
        directPostId =
                ann.compose("note", "publish", "body", "Just for @bob@" + remote.authority(), "visibility", "direct");
        commentUri = remote.origin() + "/users/bob/statuses/1";
        Followers.seed(server, c -> {
            // A follower on another server, and bob's reply as the comments branch stores it.
            Followers.add(
                    c,
                    Followers.actorRef(c, "ann"),
                    followers.url("/users/carol"),
                    followers.url("/users/carol/inbox"),
                    followers.url("/inbox"));
            insertComment(c, COMMENT, postId, commentUri, "PUBLISHED", "<p>Lovely post, <em>thanks</em>!</p>");
            insertComment(c, PENDING_COMMENT, postId, commentUri + "-held", "PENDING", "<p>Held for moderation</p>");
            insertComment(c, PRIVATE_COMMENT, privatePostId, commentUri + "-private", "PUBLISHED", "<p>Psst</p>");
            insertComment(c, DIRECT_COMMENT, directPostId, commentUri + "-direct", "PUBLISHED", "<p>Hush</p>");
        });
        ann = new WebClient(server).logIn("ann", "ann-password-1");
        cy = new WebClient(server).logIn("cy", "cy-password-1");
    }

    static void insertComment(java.sql.Connection c, long id, String post, String uri, String status, String html)
            throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into post_comment (id, post_id, parent_id, depth, uri,"
                + " url, actor_uri, actor_host, account_id, content_html, sensitive, status, published, received_at)"
                + " values (?, ?, null, 0, ?, ?, ?, ?, null, ?, false, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setLong(1, id);
            s.setLong(2, Long.parseLong(post));
            s.setString(3, uri);
            s.setString(4, remote.origin() + "/@bob/1");
            s.setString(5, bob);
            s.setString(6, remote.authority());
            s.setString(7, html);
            s.setString(8, status);
            s.setTimestamp(9, now);
            s.setTimestamp(10, now);
            s.executeUpdate();
        }
    }

    @AfterAll
    static void stop() {
        remote.close();
        bobInbox.close();
        followers.close();
        server.close();
    }

    static void eventually(String what, BooleanSupplier condition) {
        Eventually.within(PATIENCE, what, condition);
    }

    static String replyPage(long comment) {
        return "/admin/comments/" + comment + "/reply";
    }

    /** The Create of the answer to {@code comment} that {@code inbox} received, once it has. */
    static Receiver.Delivery answerTo(Receiver inbox, String comment) {
        eventually("the answer to " + comment + " arrives", () -> !answersTo(inbox, comment)
                .isEmpty());
        return answersTo(inbox, comment).get(0);
    }

    static java.util.List<Receiver.Delivery> answersTo(Receiver inbox, String comment) {
        return inbox.received("Create").stream()
                .filter(d ->
                        d.activity().path("object").path("inReplyTo").asText().equals(comment))
                .toList();
    }

    static void answer(long comment, String text) {
        var page = ann.get(replyPage(comment));
        assertThat(page.status()).isEqualTo(200);
        assertThat(ann.postForm(replyPage(comment), form("_csrf", page.csrf(), "body", text))
                        .status())
                .isEqualTo(303);
    }

    static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void anAnswerIsANoteInReplyToTheCommentSentToThePersonAnsweredAndTheFollowers() {
        var page = ann.get(replyPage(COMMENT));
        assertThat(page.status()).isEqualTo(200);
        var html = page.html();
        assertThat(html.select(".comment-content").text()).isEqualTo("Lovely post, thanks!");
        assertThat(html.select(".comment-author").text()).isEqualTo("@bob@" + remote.authority());
        assertThat(html.select(".comment-post").attr("href")).isEqualTo(server.url("/posts/" + postId));

        var answered = ann.postForm(
                replyPage(COMMENT), form("_csrf", page.csrf(), "body", "Glad you *liked* it.\n\nMore soon."));
        assertThat(answered.status()).isEqualTo(303);
        var after = ann.get(answered.header("Location"));
        assertThat(after.html().select(".notice").text()).contains("Answer published");

        // bob's own inbox (his server's shared inbox is not among the followers) and the follower's.
        Receiver.Delivery toBob = answerTo(bobInbox, commentUri);
        assertThat(toBob.path()).isEqualTo("/users/bob/inbox");
        assertThat(answerTo(followers, commentUri).path()).isEqualTo("/inbox");
        JsonNode create = toBob.activity();
        JsonNode note = create.path("object");
        String annActor = new ApJsonClient(server).json("/@ann").path("id").asText();
        assertThat(toBob.signer()).isEqualTo(annActor);
        assertThat(create.path("actor").asText()).isEqualTo(annActor);
        assertThat(note.path("type").asText()).isEqualTo("Note");
        assertThat(note.path("attributedTo").asText()).isEqualTo(annActor);
        assertThat(note.path("inReplyTo").asText()).isEqualTo(commentUri);
        assertThat(note.path("to").toString()).isEqualTo("[\"https://www.w3.org/ns/activitystreams#Public\"]");
        assertThat(note.path("cc").toString()).isEqualTo("[\"" + annActor + "/followers\",\"" + bob + "\"]");
        assertThat(create.path("cc")).isEqualTo(note.path("cc"));
        assertThat(note.path("tag").toString())
                .isEqualTo("[{\"type\":\"Mention\",\"name\":\"@bob@" + remote.authority() + "\",\"href\":\"" + bob
                        + "\"}]");
        Element first =
                Jsoup.parseBodyFragment(note.path("content").asText()).body().child(0);
        assertThat(first.child(0).is("span.h-card")).isTrue();
        assertThat(first.select("a.u-url.mention").attr("href")).isEqualTo(remote.origin() + "/@bob");
        assertThat(first.text()).isEqualTo("@bob Glad you liked it.");
        assertThat(note.path("content").asText()).contains("<em>liked</em>").contains("More soon.");
        assertThat(bobInbox.refused()).isEmpty();

        // The answer's id is a Note for peers and the thread on the blog for people.
        String id = note.path("id").asText();
        assertThat(id).startsWith(server.url("/comments/"));
        JsonNode served = new ApJsonClient(server).json(id);
        assertThat(served.path("inReplyTo").asText()).isEqualTo(commentUri);
        assertThat(served.path("content")).isEqualTo(note.path("content"));
        var browser = ann.get(new ApJsonClient(server).path(id), "text/html");
        assertThat(browser.status()).isEqualTo(303);
        assertThat(browser.header("Location"))
                .isEqualTo(server.url("/posts/" + postId) + "#comment-" + id.substring(id.lastIndexOf('/') + 1));
    }

    @Test
    void anEmptyAnswerShowsTheFormAgainWithTheError() {
        var page = ann.get(replyPage(COMMENT));
        var answer = ann.postForm(replyPage(COMMENT), form("_csrf", page.csrf(), "body", "   \n "));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select(".field-error").text()).isEqualTo("Write an answer first.");
        assertThat(answer.html().select(".comment-content").text()).isEqualTo("Lovely post, thanks!");
    }

    @Test
    void onlyTheAuthorOfThePostOrAnAdminMayAnswerAndUnknownCommentsAre404() {
        assertThat(cy.get(replyPage(COMMENT)).status()).isEqualTo(403);
        var cyPage = cy.get("/admin/posts");
        assertThat(cy.postForm(replyPage(COMMENT), form("_csrf", cyPage.csrf(), "body", "Not mine"))
                        .status())
                .isEqualTo(403);
        assertThat(ann.get(replyPage(999)).status()).isEqualTo(404);
        assertThat(ann.get("/admin/comments/abc/reply").status()).isEqualTo(404);
        var page = ann.get(replyPage(COMMENT));
        assertThat(ann.postForm(replyPage(999), form("_csrf", page.csrf(), "body", "Hello"))
                        .status())
                .isEqualTo(404);
        // A held comment is approved before it is answered.
        assertThat(ann.get(replyPage(PENDING_COMMENT)).status()).isEqualTo(409);
        // Without the form's token nothing is published.
        assertThat(ann.postForm(replyPage(COMMENT), form("body", "Forged")).status())
                .isEqualTo(403);
        assertThat(new ApJsonClient(server).get("/comments/" + COMMENT).status())
                .isEqualTo(404);
    }

    @Test
    void anAnswerUnderAFollowersOnlyPostGoesToTheFollowersAndThePersonAnsweredWithoutPublic() {
        answer(PRIVATE_COMMENT, "Thanks for keeping it between us.");
        String annActor = new ApJsonClient(server).json("/@ann").path("id").asText();
        Receiver.Delivery toBob = answerTo(bobInbox, commentUri + "-private");
        Receiver.Delivery toFollowers = answerTo(followers, commentUri + "-private");
        assertThat(toFollowers.activity()).isEqualTo(toBob.activity());
        JsonNode create = toBob.activity();
        JsonNode note = create.path("object");
        assertThat(strings(create.path("to"))).containsExactly(annActor + "/followers");
        assertThat(strings(create.path("cc"))).containsExactly(bob);
        assertThat(strings(note.path("to"))).containsExactly(annActor + "/followers");
        assertThat(strings(note.path("cc"))).containsExactly(bob);
        assertThat(create.toString()).doesNotContain(PUBLIC);
        assertThat(note.path("tag").toString()).contains(bob);

        // Not served to strangers at its id, in either form, just as an unknown answer.
        String id = note.path("id").asText();
        assertThat(new ApJsonClient(server).get(id).status()).isEqualTo(404);
        assertThat(new WebClient(server)
                        .get(new ApJsonClient(server).path(id), "text/html")
                        .status())
                .isEqualTo(404);
        assertThat(new WebClient(server).get("/posts/" + privatePostId).status())
                .isEqualTo(404);
    }

    @Test
    void anAnswerUnderADirectPostGoesToThePersonAnsweredOnly() {
        answer(DIRECT_COMMENT, "Only you will read this.");
        Receiver.Delivery toBob = answerTo(bobInbox, commentUri + "-direct");
        assertThat(toBob.path()).isEqualTo("/users/bob/inbox");
        JsonNode create = toBob.activity();
        assertThat(strings(create.path("to"))).containsExactly(bob);
        assertThat(strings(create.path("cc"))).isEmpty();
        assertThat(strings(create.path("object").path("to"))).containsExactly(bob);
        assertThat(create.toString()).doesNotContain(PUBLIC).doesNotContain("/followers");
        assertThat(new ApJsonClient(server)
                        .get(create.path("object").path("id").asText())
                        .status())
                .isEqualTo(404);

        // Everything due has run; the follower got nothing of it.
        server.runDueJobs();
        assertThat(answersTo(followers, commentUri + "-direct")).isEmpty();
    }
}
