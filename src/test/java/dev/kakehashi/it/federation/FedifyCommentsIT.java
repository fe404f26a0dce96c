package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real, independent ActivityPub implementation (the Fedify peer) replies to a post: its Note,
 * built and signed by Fedify, becomes a comment on the public page. Its direct and followers-only
 * replies do not: only the author reads them, in the app.
 */
class FedifyCommentsIT {
    private static final String BROWSER = "text/html,application/xhtml+xml";
    static KakehashiServer server;
    static FedifyPeer peer;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Fedify Comments IT", "yui", "yui-password-1");
        // About how replies show, not about moderation (ModeratedRepliesIT): publish them at once.
        AdminPages.publishCommentsAtOnce(admin);
        peer = FedifyPeer.start();
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    static Document page(String path) {
        WebClient.Page page = new WebClient(server).get(path, BROWSER);
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }

    @Test
    void aFedifyReplyWithAContentWarningBecomesAComment() throws Exception {
        String post = admin.compose("note", "publish", "body", "Replies welcome");
        String noteId = peer.reply(
                server.url("/actors/blog"), server.url("/posts/" + post), "hello from Fedify", "a gentle warning");
        Eventually.await(
                () -> !page("/posts/" + post).select("#comments li.comment").isEmpty());

        Element c = page("/posts/" + post).selectFirst("#comments li.comment");
        assertThat(c.select(".comment-handle").text())
                .isEqualTo("@peer@" + peer.baseUrl().substring(7));
        assertThat(c.select(".comment-author").attr("href")).startsWith(peer.baseUrl());
        assertThat(c.select("a.comment-permalink").attr("href")).isEqualTo(noteId);
        assertThat(c.select("details.content-warning > summary").text()).isEqualTo("a gentle warning");
        assertThat(c.select(".comment-content").text()).contains("hello from Fedify");
        assertThat(page("/posts/" + post).select(".comment-count").text()).isEqualTo("1");
    }

    @Test
    void directAndFollowersOnlyRepliesReachTheAuthorButNeverThePublicPost() {
        String post = admin.compose("note", "publish", "body", "Public thoughts");
        String postUrl = server.url("/posts/" + post);
        String author =
                new ApJsonClient(server).json(postUrl).path("attributedTo").asText();
        String direct = privateReply(author, postUrl, "Psst, just for you", List.of(author), List.of());
        String followersOnly = privateReply(
                author, postUrl, "For my followers only", List.of(peer.actorUrl() + "/followers"), List.of(author));

        // The author sees both in the app: the direct one as a conversation, each as a mention.
        MastodonApi api = new MastodonApi(server);
        String token = api.passwordToken(
                api.register("Fedify Comments IT", "read", "urn:ietf:wg:oauth:2.0:oob"),
                "yui",
                "yui-password-1",
                "read");
        Eventually.await(() -> api.get("/api/v1/conversations", token)
                .json()
                .findValuesAsText("uri")
                .contains(direct));
        Eventually.await(() -> privateMentions(
                        api.get("/api/v1/notifications?types[]=mention", token).json())
                == 2);

        // Nobody else does: not on the blog page, not in the post's replies, not in the anonymous API.
        Document shown = page("/posts/" + post);
        assertThat(shown.select("#comments li.comment")).isEmpty();
        assertThat(shown.text()).doesNotContain("Psst", "For my followers");
        ApJsonClient ap = new ApJsonClient(server);
        assertThat(ap.json(postUrl + "/replies").path("totalItems").asLong()).isZero();
        assertThat(ap.json(postUrl + "/replies?page=1").toString()).doesNotContain(direct, followersOnly);
        MastodonApi.Answer context = api.get("/api/v1/statuses/" + post + "/context", null);
        assertThat(context.status()).isEqualTo(200);
        assertThat(context.json().get("descendants")).isEmpty();
    }

    /** A reply by the peer to {@code inReplyTo}, mentioning {@code author}, not addressed to Public. */
    static String privateReply(String author, String inReplyTo, String text, List<String> to, List<String> cc) {
        String id = peer.baseUrl() + "/notes/" + UUID.randomUUID();
        Map<String, Object> note = peer.note(id, "<p>" + text + "</p>", to.toArray(String[]::new));
        note.put("cc", cc);
        note.put("inReplyTo", inReplyTo);
        note.put("tag", List.of(Map.of("type", "Mention", "href", author, "name", "@yui")));
        FedifyPeer.Delivery d = peer.create(author, note);
        assertThat(d.status()).as(d.body()).isBetween(200, 299);
        return id;
    }

    /**
     * Mentions that are not public comments: without their status, or with one that only its
     * addressees may see (the author, as the direct reply's recipient, sees that one).
     */
    static long privateMentions(JsonNode notifications) {
        long n = 0;
        for (JsonNode each : notifications) {
            JsonNode status = each.path("status");
            String visibility = status.path("visibility").asText();
            if (status.isNull()
                    || status.isMissingNode()
                    || "direct".equals(visibility)
                    || "private".equals(visibility)) {
                n++;
            }
        }
        return n;
    }
}
