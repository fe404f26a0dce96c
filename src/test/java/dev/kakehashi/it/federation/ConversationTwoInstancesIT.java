package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AdminPages;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's two-instance conversation, over real signed deliveries: B's author follows A's author
 * and replies to A's post from the reader; the reply is a comment on A's page; A's author answers it
 * from the admin, and the answer reaches B in the same thread (a comment under B's reply). Needs the
 * comments side (replies become comments) as well as answers and mentions.
 */
class ConversationTwoInstancesIT {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static KakehashiServer a;
    static KakehashiServer b;
    static WebClient annOnA;
    static WebClient benOnB;

    @BeforeAll
    static void start() {
        a = KakehashiServer.started();
        b = KakehashiServer.started();
        annOnA = new WebClient(a).setUpAndLogIn("Blog A", "ann", "ann-password-1");
        benOnB = new WebClient(b).setUpAndLogIn("Blog B", "ben", "ben-password-1");
        // About the conversation, not about moderation (ModeratedRepliesIT): publish replies at once.
        AdminPages.publishCommentsAtOnce(annOnA);
        AdminPages.publishCommentsAtOnce(benOnB);
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    static void eventually(String what, BooleanSupplier condition) {
        Eventually.within(PATIENCE, what, condition);
    }

    static Element readerPost(String text) {
        return benOnB.get("/admin/following").html().select(".remote-post").stream()
                .filter(p -> p.text().contains(text))
                .findFirst()
                .orElse(null);
    }

    static Element comment(WebClient client, String page, String text) {
        return client.get(page).html().select("[id^=comment-]").stream()
                .filter(c -> c.text().contains(text))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aReplyFromAnotherInstanceIsAnsweredFromTheAdminAndTheAnswerThreadsThere() {
        // B's author follows A's author.
        var following = benOnB.get("/admin/following");
        benOnB.postForm("/admin/following", form("_csrf", following.csrf(), "target", "@ann@" + a.authority()));
        eventually("B's follow is accepted", () -> {
            Element row = benOnB.get("/admin/following").html().selectFirst(".following-row");
            return row != null && row.attr("data-state").equals("ACCEPTED");
        });

        // A's author posts; B's reader shows it with a Reply link.
        String annPost = annOnA.compose("note", "publish", "body", "What do you think of bridges?");
        eventually("B's reader shows A's post", () -> readerPost("bridges") != null);
        Element inReader = readerPost("bridges");
        String annPostId = inReader.attr("data-uri");
        assertThat(annPostId).isEqualTo(a.url("/posts/" + annPost));

        // B's author replies from the reader: a short post in reply, addressed to ann.
        var compose = benOnB.get(inReader.selectFirst("a.reply-link").attr("href"));
        assertThat(compose.status()).isEqualTo(200);
        assertThat(compose.html().select("input[name=inReplyTo]").val()).isEqualTo(annPostId);
        String handle = "@ann@" + a.authority();
        assertThat(compose.html().select("textarea#body").text()).isEqualTo(handle);
        var sent = benOnB.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        compose.csrf(),
                        "kind",
                        "note",
                        "action",
                        "publish",
                        "inReplyTo",
                        annPostId,
                        "body",
                        handle + " Bridges are wonderful."));
        assertThat(sent.status()).isEqualTo(303);
        String benPost = sent.header("Location").replaceAll(".*/admin/posts/(\\d+)/edit.*", "$1");
        JsonNode reply = new ApJsonClient(b).json("/posts/" + benPost);
        assertThat(reply.path("inReplyTo").asText()).isEqualTo(annPostId);
        assertThat(reply.path("cc").toString())
                .contains(new ApJsonClient(a).json("/@ann").path("id").asText());

        // The reply is a comment on A's page.
        String annPage = "/posts/" + annPost;
        eventually(
                "A's page shows B's reply as a comment",
                () -> comment(annOnA, annPage, "Bridges are wonderful") != null);
        String commentId =
                comment(annOnA, annPage, "Bridges are wonderful").id().substring("comment-".length());

        // A's author answers it from the admin.
        var answerPage = annOnA.get("/admin/comments/" + commentId + "/reply");
        assertThat(answerPage.status()).isEqualTo(200);
        var answered = annOnA.postForm(
                "/admin/comments/" + commentId + "/reply",
                form("_csrf", answerPage.csrf(), "body", "They connect us."));
        assertThat(answered.status()).isEqualTo(303);
        eventually(
                "A's page shows the answer in the thread", () -> comment(annOnA, annPage, "They connect us") != null);

        // B receives it in the same thread: under ben's reply, as ann's comment, in reply to it.
        String benPage = "/posts/" + benPost;
        eventually("B shows ann's answer under ben's reply", () -> comment(benOnB, benPage, "They connect us") != null);
        assertThat(comment(benOnB, benPage, "They connect us").text()).contains("@ann@" + a.authority());
        eventually("B's reader shows ann's answer", () -> readerPost("They connect us") != null);
        String answerId = readerPost("They connect us").attr("data-uri");
        JsonNode answer = new ApJsonClient(a).json(answerId);
        assertThat(answer.path("inReplyTo").asText()).isEqualTo(reply.path("id").asText());
        // Likes and boosts between the two instances, counted and undone: ReactionsTwoInstancesIT.
    }
}
