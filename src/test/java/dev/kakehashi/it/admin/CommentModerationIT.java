package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.WebClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The moderation queue at /admin/comments: tabs by status, approve / reject / spam / delete, who may
 * moderate what, and bad requests. Comments are put into the tables directly (see {@link
 * StoredComments}) until replies from the fediverse are stored by the app.
 */
class CommentModerationIT {
    static KakehashiServer server;
    static LiveTables tables;
    static StoredComments comments;
    static WebClient admin;
    static WebClient otto;
    static long monaPost;
    static long ottoPost;

    static final String REN = "https://mastodon.example/users/ren";
    static final String SAKI = "https://misskey.example/users/9saki";

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        comments = new StoredComments(tables);
        admin = new WebClient(server).setUpAndLogIn("Moderation IT", "mona", "mona-password-1");
        AdminPages.addAuthor(admin, "otto", "author", "otto-password-1");
        AdminPages.addAuthor(admin, "pia", "author", "pia-password-1");
        otto = new WebClient(server).logIn("otto", "otto-password-1");
        monaPost = Long.parseLong(admin.compose("article", "publish", "title", "Bridges of Kyoto", "body", "Words."));
        ottoPost = Long.parseLong(otto.compose("note", "publish", "body", "Otto's short note"));
        comments.actor(REN, "ren", "mastodon.example", "Ren Tanaka", "https://mastodon.example/avatars/ren.png");
        comments.actor(SAKI, "saki", "misskey.example", "", null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static Element card(WebClient who, String tab, long id) {
        return who.get("/admin/comments?status=" + tab).html().selectFirst("li.comment-card[data-comment=" + id + "]");
    }

    private static WebClient.Page act(WebClient who, long id, String action, String tab) {
        String csrf = who.get("/admin/comments").csrf();
        return who.postForm("/admin/comments/" + id + "/" + action, form("_csrf", csrf, "tab", tab));
    }

    private static String status(long id) {
        return tables.text("select status from post_comment where id = cast(? as bigint)", Long.toString(id));
    }

    @Test
    void aPendingCommentWaitsInTheQueueWithItsAuthorPostAndExcerpt() {
        long id = comments.add(
                monaPost,
                REN,
                "<p>What a <strong>lovely</strong> bridge. I walked it in May.</p>",
                "PENDING",
                Instant.now());
        WebClient.Page page = admin.get("/admin/comments");
        assertThat(page.status()).isEqualTo(200);
        Element c = page.html().selectFirst("li.comment-card[data-comment=" + id + "]");
        assertThat(c).isNotNull();
        assertThat(c.selectFirst(".author").text()).isEqualTo("Ren Tanaka");
        assertThat(c.selectFirst("a.handle").text()).isEqualTo("@ren@mastodon.example");
        assertThat(c.selectFirst("a.handle").attr("href")).isEqualTo("https://mastodon.example/@ren");
        assertThat(c.selectFirst("img.face").attr("src")).isEqualTo("https://mastodon.example/avatars/ren.png");
        assertThat(c.selectFirst("a.post").text()).isEqualTo("Bridges of Kyoto");
        assertThat(c.selectFirst("a.post").attr("href")).isEqualTo(server.url("/articles/bridges-of-kyoto"));
        assertThat(c.selectFirst(".excerpt").text()).isEqualTo("What a lovely bridge. I walked it in May.");
        assertThat(c.selectFirst("time").attr("datetime")).isNotBlank();
        assertThat(page.html().selectFirst("a[data-tab=pending]").hasClass("current"))
                .isTrue();
        assertThat(Long.parseLong(
                        page.html().selectFirst("a.nav-comments .nav-count").text()))
                .isPositive();
    }

    @Test
    void approvingMovesACommentToPublishedWhereItCanBeAnswered() {
        long id = comments.add(monaPost, REN, "<p>Approve me</p>", "PENDING", Instant.now());
        WebClient.Page done = act(admin, id, "approve", "pending");
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/admin/comments?status=pending&done=approve");
        assertThat(admin.get(done.header("Location")).html().select(".notice").text())
                .isEqualTo("Comment approved: it is on the blog now.");
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(card(admin, "pending", id)).isNull();
        Element published = card(admin, "published", id);
        assertThat(published).isNotNull();
        assertThat(published.selectFirst("a.reply").attr("href")).isEqualTo("/admin/comments/" + id + "/reply");
        assertThat(published.select("form[action$=/approve]")).isEmpty();
    }

    @Test
    void markingAsSpamOrRejectingMovesACommentToItsTab() {
        long spam = comments.add(monaPost, SAKI, "<p>Cheap pills</p>", "PENDING", Instant.now());
        long rude = comments.add(monaPost, SAKI, "<p>Rude words</p>", "PUBLISHED", Instant.now());
        assertThat(act(admin, spam, "spam", "pending").status()).isEqualTo(303);
        assertThat(act(admin, rude, "reject", "published").status()).isEqualTo(303);
        assertThat(status(spam)).isEqualTo("SPAM");
        assertThat(status(rude)).isEqualTo("REJECTED");
        assertThat(card(admin, "pending", spam)).isNull();
        assertThat(card(admin, "published", rude)).isNull();
        assertThat(card(admin, "spam", spam)).isNotNull();
        Element rejected = card(admin, "rejected", rude);
        assertThat(rejected).isNotNull();
        // A commenter without a cached name is shown by handle.
        assertThat(rejected.selectFirst(".author").text()).isEqualTo("@saki@misskey.example");
        assertThat(rejected.select("form[action$=/approve]")).hasSize(1);

        // A mistake is undone from the spam tab.
        assertThat(act(admin, spam, "approve", "spam").status()).isEqualTo(303);
        assertThat(status(spam)).isEqualTo("PUBLISHED");
    }

    @Test
    void deletingRemovesACommentFromEveryTabAndKeepsOnlyATombstone() {
        long id = comments.add(monaPost, REN, "<p>Delete me</p>", "PENDING", Instant.now());
        assertThat(act(admin, id, "delete", "pending").status()).isEqualTo(303);
        for (String tab : new String[] {"pending", "published", "spam", "rejected"}) {
            assertThat(card(admin, tab, id)).as(tab).isNull();
        }
        assertThat(tables.count(
                        "select count(*) from post_comment where id = cast(? as bigint) and deleted_at is not null"
                                + " and content_html is null",
                        Long.toString(id)))
                .isEqualTo(1);
        assertThat(act(admin, id, "approve", "pending").status()).isEqualTo(404);
        assertThat(tables.text("select deleted_at from post_comment where id = cast(? as bigint)", Long.toString(id)))
                .isNotNull();
    }

    @Test
    void anAuthorSeesAndModeratesOnlyCommentsOnTheirOwnPosts() {
        long onMona = comments.add(monaPost, REN, "<p>For Mona</p>", "PENDING", Instant.now());
        long onOtto = comments.add(ottoPost, REN, "<p>For Otto</p>", "PENDING", Instant.now());
        assertThat(card(otto, "pending", onOtto)).isNotNull();
        assertThat(card(otto, "pending", onMona)).isNull();
        assertThat(card(admin, "pending", onOtto)).isNotNull();

        WebClient.Page refused = act(otto, onMona, "approve", "pending");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(act(otto, onMona, "delete", "pending").status()).isEqualTo(403);
        assertThat(status(onMona)).isEqualTo("PENDING");
        assertThat(tables.text(
                        "select deleted_at from post_comment where id = cast(? as bigint)", Long.toString(onMona)))
                .isNull();

        assertThat(act(otto, onOtto, "approve", "pending").status()).isEqualTo(303);
        assertThat(status(onOtto)).isEqualTo("PUBLISHED");
        // The admin may moderate anyone's.
        assertThat(act(admin, onOtto, "reject", "published").status()).isEqualTo(303);
        assertThat(status(onOtto)).isEqualTo("REJECTED");
    }

    @Test
    void badRequestsGetAClearStatusAndChangeNothing() {
        long id = comments.add(monaPost, REN, "<p>Stay pending</p>", "PENDING", Instant.now());
        String csrf = admin.get("/admin/comments").csrf();
        assertThat(admin.postForm("/admin/comments/999999/approve", form("_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/comments/not-a-number/approve", form("_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/comments/" + id + "/publish", form("_csrf", csrf))
                        .status())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/comments/" + id + "/approve", form()).status())
                .isEqualTo(403);
        assertThat(admin.postForm("/admin/comments/" + id + "/approve", form("_csrf", "forged"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/admin/comments?page=abc").status()).isEqualTo(404);
        WebClient.Page unknownTab = admin.get("/admin/comments?status=bogus&page=99");
        assertThat(unknownTab.status()).isEqualTo(200);
        assertThat(unknownTab.html().selectFirst("a[data-tab=pending]").hasClass("current"))
                .isTrue();
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(new WebClient(server)
                        .postForm("/admin/comments/" + id + "/approve", form())
                        .status())
                .isEqualTo(401);
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void theQueueIsPagedNewestFirst() {
        AdminPages.addAuthor(admin, "quinn", "author", "quinn-password-1");
        WebClient quinn = new WebClient(server).logIn("quinn", "quinn-password-1");
        long post = Long.parseLong(quinn.compose("note", "publish", "body", "Popular note"));
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        long[] ids = new long[23];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = comments.add(post, REN, "<p>Comment " + i + "</p>", "PENDING", start.plusSeconds(i));
        }
        var first = quinn.get("/admin/comments?status=pending").html();
        assertThat(first.select("li.comment-card")).hasSize(20);
        assertThat(first.select("li.comment-card").first().attr("data-comment")).isEqualTo(Long.toString(ids[22]));
        assertThat(first.select("a[data-tab=pending] .count").text()).isEqualTo("(23)");
        assertThat(first.select(".pager").text()).contains("Page 1 of 2");
        String older = first.selectFirst(".pager a[rel=next]").attr("href");
        var second = quinn.get(older).html();
        assertThat(second.select("li.comment-card"))
                .extracting(e -> e.attr("data-comment"))
                .containsExactly(Long.toString(ids[2]), Long.toString(ids[1]), Long.toString(ids[0]));
        assertThat(second.selectFirst("a.nav-comments .nav-count").text()).isEqualTo("23");
    }
}
