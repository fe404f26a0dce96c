package dev.kakehashi.it.federation;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Kakehashi instances federating for real: B's author follows A's author from B's admin, and
 * A's posts, edits and deletions reach B's reader through signed, verified deliveries. Needs the
 * whole chain: delivery wiring (outbox to signed POST), the inbox filter and job, A's Follow handler
 * (Accept back), and B's reader handlers.
 */
class TwoInstancesIT {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static KakehashiServer a;
    static KakehashiServer b;
    static WebClient annOnA;
    static WebClient benOnB;
    static String annActor;

    @BeforeAll
    static void start() {
        a = KakehashiServer.started();
        b = KakehashiServer.started();
        annOnA = new WebClient(a).setUpAndLogIn("Blog A", "ann", "ann-password-1");
        benOnB = new WebClient(b).setUpAndLogIn("Blog B", "ben", "ben-password-1");
        annActor = new ApJsonClient(a).json("/@ann").get("id").asText();
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    static void eventually(String what, BooleanSupplier condition) {
        Eventually.within(PATIENCE, what, condition);
    }

    static long annFollowers() {
        return new ApJsonClient(a)
                .json(annActor + "/followers")
                .get("totalItems")
                .asLong();
    }

    static String followState() {
        Element row = benOnB.get("/admin/following").html().selectFirst(".following-row[data-actor=" + annActor + "]");
        return row == null ? "none" : row.attr("data-state");
    }

    static Elements postsOnB() {
        return benOnB.get("/admin/following").html().select(".remote-post");
    }

    static String readerText() {
        return postsOnB().text();
    }

    @Test
    void aFollowerOnAnotherInstanceReceivesPostsEditsAndDeletions() {
        var page = benOnB.get("/admin/following");
        var followed =
                benOnB.postForm("/admin/following", form("_csrf", page.csrf(), "target", "@ann@" + a.authority()));
        assertThat(followed.status()).isEqualTo(303);
        assertThat(followState()).isIn("PENDING", "ACCEPTED");

        // A's Follow handler stores ben and sends Accept; B's AcceptHandler marks it ACCEPTED.
        eventually("A counts one follower", () -> annFollowers() == 1);
        eventually("B shows the follow as accepted", () -> followState().equals("ACCEPTED"));

        // Create: A's delivery signs the POST, B's inbox filter verifies it, CreateNoteHandler stores.
        String id = annOnA.compose("note", "publish", "body", "Greetings across instances");
        eventually("B's reader shows A's post", () -> readerText().contains("Greetings across instances"));
        Element post = postsOnB().first();
        assertThat(post.text()).contains("@ann@" + a.authority());
        String uri = post.attr("data-uri");
        assertThat(uri).startsWith(a.url("/"));

        // Update: the edit arrives and replaces the text.
        var edit = annOnA.get("/admin/posts/" + id + "/edit");
        var saved = annOnA.postForm(
                "/admin/posts/" + id,
                form(
                        "_csrf",
                        edit.csrf(),
                        "kind",
                        "note",
                        "action",
                        "publish",
                        "body",
                        "Greetings across instances, now edited"));
        assertThat(saved.status()).isEqualTo(303);
        eventually("B's reader shows the edit", () -> readerText().contains("now edited"));
        assertThat(postsOnB()).hasSize(1);

        // Delete: the Tombstone arrives and the post leaves B's reader.
        var confirm = annOnA.get("/admin/posts/" + id + "/edit");
        annOnA.postForm("/admin/posts/" + id + "/delete", form("_csrf", confirm.csrf()));
        eventually("B's reader no longer shows the post", () -> postsOnB().isEmpty());
    }
}
