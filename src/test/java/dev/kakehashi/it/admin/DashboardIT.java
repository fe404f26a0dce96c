package dev.kakehashi.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.LiveTables;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The dashboard's first-run checklist and delivery at a glance, as a new blogger sees them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static KakehashiServer server;
    static LiveTables tables;
    static SigningPeer peer;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        tables = LiveTables.prepare(server);
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Dashboard IT", "dana", "dana-password-1");
        peer = new SigningPeer();
        peer.actor("erin");
        peer.actor("finn");
    }

    @AfterAll
    static void stop() {
        if (peer != null) peer.close();
        if (server != null) server.close();
    }

    private static Document dashboard() {
        return admin.get("/admin").html();
    }

    @Test
    @Order(1)
    void theChecklistSaysWhatANewBlogStillNeedsAndTicksWhatIsDone() {
        Document before = dashboard();
        assertThat(before.select("#checklist li.todo").eachAttr("id"))
                .contains("check-describe", "check-avatar", "check-handle", "check-follow", "check-mail");
        // A blog on http://127.0.0.1 cannot be followed from elsewhere, and the checklist says why.
        assertThat(before.select("#check-handle").text())
                .contains("KAKEHASHI_BASE_URL")
                .contains(server.baseUrl());
        assertThat(before.select("#check-follow").text())
                .contains("@dana@" + URI.create(server.baseUrl()).getRawAuthority());
        assertThat(before.select("#check-post a").attr("href")).isEqualTo("/admin/posts/new");

        var settings = admin.get("/admin/settings");
        var form = settings.html().selectFirst("form:has(textarea#description), form:has(input#description)");
        assertThat(form).as("the settings form with the description").isNotNull();
        var fields = WebClient.form();
        ((org.jsoup.nodes.FormElement) form).formData().forEach(kv -> fields.put(kv.key(), kv.value()));
        fields.put("title", "A bridge of words");
        fields.put("description", "Notes from a new blog");
        assertThat(admin.postForm(form.attr("action"), fields).status()).isIn(200, 303);
        admin.compose("note", "publish", "body", "The first one");

        Document after = dashboard();
        assertThat(after.select("#check-describe").hasClass("done")).isTrue();
        assertThat(after.select("#check-post").hasClass("done")).isTrue();
        assertThat(after.select("#check-mail").hasClass("todo")).isTrue();
        assertThat(after.select("#checklist h2").text())
                .contains(after.select("#checklist li.done").size() + " of 6 done");
    }

    @Test
    @Order(2)
    void deliveryAtAGlanceCountsFollowersByServerTheLastPostsDeliveriesAndPausedServers() {
        follow("erin");
        follow("finn");
        Eventually.await(() -> tables.count("select count(*) from follower where state = 'ACCEPTED'") == 2);
        String host = URI.create(peer.actorId("erin")).getRawAuthority();
        Document page = dashboard();
        assertThat(page.select("#delivery-glance table tbody tr").eachText()).contains(host + " 2");
        assertThat(page.select("#check-follow").hasClass("done")).isTrue();

        String id = admin.compose("note", "publish", "body", "For the followers");
        server.runDueJobs();
        page = dashboard();
        var last = page.selectFirst("#delivery-glance .glance-last");
        assertThat(last.selectFirst("a").attr("href")).isEqualTo("/admin/posts/" + id + "/edit#delivery");
        long rows = tables.count(
                "select count(*) from delivery d join outbox_activity a on a.id = d.activity_id where a.post_id = cast(? as bigint)",
                id);
        assertThat(rows).isPositive();
        long shown = Long.parseLong(last.select(".delivered").text())
                + Long.parseLong(last.select(".waiting").text())
                + Long.parseLong(last.select(".failed").text());
        assertThat(shown).isEqualTo(rows);
        // The same figures as the post's own delivery ledger.
        var ledger = admin.get("/admin/posts/" + id + "/edit").html();
        assertThat(last.select(".delivered").text())
                .isEqualTo(ledger.select("#delivery .delivered").text());
        assertThat(page.select(".glance-paused-none").text()).contains("None");

        Instant until = Instant.now().plus(2, ChronoUnit.HOURS);
        tables.update(
                "insert into remote_host (host, consecutive_failures, paused_until, last_error, updated_at)"
                        + " values (?, ?, ?, ?, ?)",
                "down.example",
                9,
                Timestamp.from(until),
                "HTTP 503",
                Timestamp.from(Instant.now()));
        var paused = dashboard().select("#delivery-glance .glance-paused li");
        assertThat(paused).hasSize(1);
        assertThat(paused.text())
                .contains("down.example")
                .contains("9 failures")
                .contains("HTTP 503");
    }

    private static void follow(String name) {
        assertThat(peer.follow(name, server.url("/actors/blog")).statusCode()).isEqualTo(202);
    }
}
