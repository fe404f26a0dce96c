package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.Followers;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The likes and boosts half of issue 4's two-instance test, over real signed deliveries: B's author,
 * following A's author, likes and boosts A's post from B's reader; A's post page counts one like and
 * one boost by ben; ben takes both back (Undo, the Like embedded) and A's page shows none.
 */
class ReactionsTwoInstancesIT {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static KakehashiServer a;
    static KakehashiServer b;
    static WebClient annOnA;
    static WebClient benOnB;
    /** A third server where two people follow ben: his boosts reach it once, at its shared inbox. */
    static Receiver benFollowers;

    @BeforeAll
    static void start() {
        a = KakehashiServer.started();
        b = KakehashiServer.started();
        benFollowers = Receiver.start();
        annOnA = new WebClient(a).setUpAndLogIn("Blog A", "ann", "ann-password-1");
        new WebClient(b).setUpAndLogIn("Blog B", "ben", "ben-password-1");
        Followers.seed(b, c -> {
            for (String name : new String[] {"carol", "dan"}) {
                Followers.add(
                        c,
                        Followers.actorRef(c, "ben"),
                        benFollowers.url("/users/" + name),
                        benFollowers.url("/users/" + name + "/inbox"),
                        benFollowers.url("/inbox"));
            }
        });
        benOnB = new WebClient(b).logIn("ben", "ben-password-1");
    }

    @AfterAll
    static void stop() {
        benFollowers.close();
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

    /** Presses a reader button of the post (Like, Unlike, Boost, Unboost) as a browser would. */
    static WebClient.Page press(String text, String formClass) {
        return submit(readerPost(text).selectFirst("form." + formClass));
    }

    static WebClient.Page submit(Element f) {
        return benOnB.postForm(
                f.attr("action"),
                form(
                        "_csrf",
                        f.selectFirst("input[name=_csrf]").val(),
                        "post",
                        f.selectFirst("input[name=post]").val()));
    }

    static String count(Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null ? "0" : e.text();
    }

    @Test
    void likesAndBoostsFromAnotherInstanceAreCountedAndUndone() {
        var following = benOnB.get("/admin/following");
        benOnB.postForm("/admin/following", form("_csrf", following.csrf(), "target", "@ann@" + a.authority()));
        eventually("B's follow is accepted", () -> {
            Element row = benOnB.get("/admin/following").html().selectFirst(".following-row");
            return row != null && row.attr("data-state").equals("ACCEPTED");
        });
        String annPost = annOnA.compose("note", "publish", "body", "Lanterns on the river tonight.");
        String annPage = "/posts/" + annPost;
        eventually("B's reader shows A's post", () -> readerPost("Lanterns") != null);
        assertThat(readerPost("Lanterns").select("form.like-form button").text())
                .isEqualTo("Like");
        assertThat(readerPost("Lanterns").select("form.boost-form button").text())
                .isEqualTo("Boost");

        // ben likes and boosts it from B's reader; a second click from the same page sends nothing more.
        Element likeForm = readerPost("Lanterns").selectFirst("form.like-form");
        assertThat(submit(likeForm).status()).isEqualTo(303);
        assertThat(submit(likeForm).status()).isEqualTo(303);
        assertThat(press("Lanterns", "boost-form").status()).isEqualTo(303);
        assertThat(readerPost("Lanterns").select("form.like-form button").text())
                .isEqualTo("Unlike");
        assertThat(readerPost("Lanterns").select("form.boost-form button").text())
                .isEqualTo("Unboost");

        // A's public post page counts one like and one boost, each by ben, linking to his profile.
        JsonNode ben = new ApJsonClient(b).json("/@ben");
        String annId = new ApJsonClient(a).json("/@ann").path("id").asText();
        // The boost also reaches ben's followers, once per shared inbox; the like does not.
        eventually(
                "ben's followers get the boost",
                () -> !benFollowers.received("Announce").isEmpty());
        assertThat(benFollowers.received("Announce")).hasSize(1);
        Receiver.Delivery boost = benFollowers.received("Announce").get(0);
        assertThat(boost.path()).isEqualTo("/inbox");
        assertThat(boost.signer()).isEqualTo(ben.path("id").asText());
        assertThat(boost.activity().path("object").asText()).isEqualTo(a.url(annPage));
        assertThat(boost.activity().path("cc").toString())
                .contains(annId, ben.path("followers").asText());
        String benProfile = ben.hasNonNull("url")
                ? ben.path("url").asText()
                : ben.path("id").asText();
        eventually("A's page counts ben's like and boost", () -> {
            Document page = annOnA.get(annPage).html();
            return count(page, ".likes-count").equals("1")
                    && count(page, ".boosts-count").equals("1");
        });
        Document reacted = annOnA.get(annPage).html();
        assertThat(reacted.select(".reaction-likes .reactor a").eachAttr("href"))
                .containsExactly(benProfile);
        assertThat(reacted.select(".reaction-boosts .reactor a").eachAttr("href"))
                .containsExactly(benProfile);

        // ben takes both back: A's page shows none.
        assertThat(press("Lanterns", "like-form").status()).isEqualTo(303);
        assertThat(press("Lanterns", "boost-form").status()).isEqualTo(303);
        assertThat(readerPost("Lanterns").select("form.like-form button").text())
                .isEqualTo("Like");
        assertThat(readerPost("Lanterns").select("form.boost-form button").text())
                .isEqualTo("Boost");
        eventually("A's page no longer counts them", () -> {
            Document page = annOnA.get(annPage).html();
            return page.selectFirst(".likes-count") == null && page.selectFirst(".boosts-count") == null;
        });
        eventually(
                "ben's followers get the Undo of the boost",
                () -> !benFollowers.received("Undo").isEmpty());
        JsonNode undone = benFollowers.received("Undo").get(0).activity().path("object");
        assertThat(undone.path("type").asText()).isEqualTo("Announce");
        assertThat(undone.path("id").asText())
                .isEqualTo(boost.activity().path("id").asText());
        assertThat(benFollowers.received("Like")).isEmpty();

        // Liking again sends a new Like, counted again.
        assertThat(press("Lanterns", "like-form").status()).isEqualTo(303);
        eventually(
                "A's page counts the second like",
                () -> count(annOnA.get(annPage).html(), ".likes-count").equals("1"));
    }

    @Test
    void aPostNotInTheReaderIsNotFoundAndAFormWithoutItsTokenIsRefused() {
        var reader = benOnB.get("/admin/following");
        var unknown = benOnB.postForm(
                "/admin/following/like",
                form("_csrf", reader.csrf(), "post", "https://" + a.authority() + "/posts/999999"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.html().select("[role=alert]").text()).contains("not found");
        var blank = benOnB.postForm("/admin/following/boost", form("_csrf", reader.csrf()));
        assertThat(blank.status()).isEqualTo(404);
        var undoUnknown =
                benOnB.postForm("/admin/following/unboost", form("_csrf", reader.csrf(), "post", "not a uri at all"));
        assertThat(undoUnknown.status()).isEqualTo(404);
        var noToken = benOnB.postForm("/admin/following/like", form("post", "https://" + a.authority() + "/posts/1"));
        assertThat(noToken.status()).isEqualTo(403);
    }
}
