package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a new blogger meets in the admin in the first hour (issue 11's defects). */
class FirstHourAdminIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("First Hour IT", "alice", "alice-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String utc(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC)
                .toString();
    }

    private static WebClient.Page publish(String title, String scheduledAt) {
        var compose = admin.get("/admin/posts/new");
        return admin.postForm(
                "/admin/posts",
                form(
                        "_csrf",
                        compose.csrf(),
                        "kind",
                        "article",
                        "action",
                        "publish",
                        "title",
                        title,
                        "body",
                        "Body of " + title,
                        "scheduledAt",
                        scheduledAt,
                        "tzOffset",
                        "0"));
    }

    @Test
    void publishWithAFutureDateSchedulesAndTheButtonSaysSchedule() {
        String future = utc(Instant.now().plus(3, ChronoUnit.DAYS));
        var saved = publish("Tomorrow news", future);
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("saved=scheduled");
        var edit = admin.get(saved.header("Location"));
        assertThat(edit.html().select(".status").text()).isEqualTo("scheduled");
        assertThat(edit.html().select("input#scheduledAt").val()).isEqualTo(future);
        assertThat(edit.html().select("button#publish").text()).isEqualTo("Schedule");
        assertThat(new WebClient(server).get("/").body()).doesNotContain("Tomorrow news");
    }

    @Test
    void publishWithAPastDatePublishesNow() {
        var saved = publish("Yesterday news", utc(Instant.now().minus(1, ChronoUnit.DAYS)));
        assertThat(saved.header("Location")).endsWith("saved=published");
        assertThat(new WebClient(server).get("/").body()).contains("Yesterday news");
        assertThat(admin.get("/admin/posts/new").html().select("button#publish").text())
                .isEqualTo("Publish");
    }

    @Test
    void updatingAPublishedPostSaysUpdated() {
        String id = admin.compose("note", "publish", "body", "First words");
        var edit = admin.get("/admin/posts/" + id + "/edit");
        assertThat(edit.html().select("button#publish").text()).isEqualTo("Update");
        var saved = admin.postForm(
                "/admin/posts/" + id,
                form("_csrf", edit.csrf(), "kind", "note", "action", "publish", "body", "Second words"));
        var after = admin.get(saved.header("Location"));
        assertThat(after.html().select(".notice").text()).contains("Updated.").doesNotContain("Published.");
    }

    @Test
    void deletingANeverPublishedDraftDoesNotTalkOfTimelines() {
        String draft = admin.compose("note", "draft", "body", "Never shown");
        var confirm = admin.get("/admin/posts/" + draft + "/delete");
        assertThat(confirm.html().select("main").text())
                .contains("never published")
                .doesNotContain("timelines");
        String published = admin.compose("note", "publish", "body", "Shown once");
        assertThat(admin.get("/admin/posts/" + published + "/delete")
                        .html()
                        .select("main")
                        .text())
                .contains("followers' timelines");
    }

    private static String host() {
        return java.net.URI.create(server.baseUrl()).getRawAuthority();
    }

    @Test
    void theHandlesAreShownWithACopyButtonWhereverPeopleLookForThem() {
        String alice = "@alice@" + host();
        String blog = "@blog@" + host();
        var dashboard = admin.get("/admin").html();
        assertThat(dashboard.select("#handles code.handle").eachText()).containsExactly(alice, blog);
        assertThat(dashboard.select("#handles button.copy").eachAttr("data-copy"))
                .containsExactly(alice, blog);
        assertThat(admin.get("/admin/profile").html().select("main").text()).contains("You are " + alice);
        WebClient reader = new WebClient(server);
        assertThat(reader.get("/").html().select("header .fedi-handle code").text())
                .isEqualTo(blog);
        assertThat(reader.get("/")
                        .html()
                        .select("header .fedi-handle button.copy")
                        .attr("data-copy"))
                .isEqualTo(blog);
        assertThat(reader.get("/follow").html().select("main .fedi-handle code").text())
                .isEqualTo(blog);
        assertThat(reader.get("/follow?author=alice")
                        .html()
                        .select("main .fedi-handle code")
                        .text())
                .isEqualTo(alice);
        assertThat(reader.get("/@alice").html().select("main .fedi-handle code").text())
                .isEqualTo(alice);
        assertThat(reader.get("/assets/copy.js").status()).isEqualTo(200);
    }

    @Test
    void commasSeparateTagsAndHashtagsInAShortPostBecomeLinksAndTags() {
        assertThat(admin.get("/admin/posts/new").html().select("#tags-hint").text())
                .contains("Separate tags with commas")
                .contains("#HelloWorld");
        String id = admin.compose("note", "publish", "body", "Off to #Kyoto tomorrow", "tags", "hello world, trips");
        WebClient reader = new WebClient(server);
        var note = reader.get("/posts/" + id).html();
        var hashtag = note.select("a.hashtag");
        assertThat(hashtag.eachText()).contains("#Kyoto");
        assertThat(hashtag.attr("href")).endsWith("/tags/kyoto");
        assertThat(reader.get("/tags/HelloWorld").status()).isEqualTo(200);
        var dashed = reader.get("/tags/hello-world");
        assertThat(dashed.status()).isEqualTo(301);
        assertThat(dashed.header("Location")).endsWith("/tags/HelloWorld");
        assertThat(reader.get("/tags/kyoto").status()).isEqualTo(200);
        assertThat(reader.get("/tags/trips").status()).isEqualTo(200);
        assertThat(reader.get("/tags/hello").status()).isEqualTo(404);
        String object = reader.get("/posts/" + id, "application/activity+json").body();
        assertThat(object).contains("\"name\":\"#HelloWorld\"").contains("\"name\":\"#kyoto\"");
    }

    @Test
    void anEmptyFollowersPageSaysHowToBeFollowed() {
        var followers = admin.get("/admin/followers").html().select("main");
        assertThat(followers.text()).contains("Nobody follows yet").contains("share your handle");
        assertThat(followers.select("code.handle").eachText()).contains("@alice@" + host());
    }

    @Test
    void thePostPageSaysHowToReplyFromTheFediverse() {
        String id = admin.compose("note", "publish", "body", "Talk to me");
        var page = new WebClient(server).get("/posts/" + id).html();
        assertThat(page.select(".reply-from-server").text()).contains("Reply from your server");
        assertThat(page.select(".reply-from-server code").text()).endsWith("/posts/" + id);
    }

    @Test
    void feedReadersThatCountTheirSubscribersAreListedWithTheFollowers() {
        String feedly = "Feedly/1.0 (+http://www.feedly.com/fetcher.html; %d subscribers; like FeedFetcher-Google)";
        assertThat(new WebClient(server)
                        .userAgent(feedly.formatted(16))
                        .get("/feed.xml")
                        .status())
                .isEqualTo(200);
        new WebClient(server).userAgent(feedly.formatted(17)).get("/feed.xml");
        new WebClient(server)
                .userAgent("Inoreader/1.0 (+http://www.inoreader.com/feed-fetcher; 3 subscribers; )")
                .get("/atom.xml");
        new WebClient(server)
                .userAgent("Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0")
                .get("/feed.xml");
        var page = admin.get("/admin/followers").html();
        var rows = page.select("tr.feed-reader-row");
        assertThat(rows.eachText())
                .hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("Feedly (feed reader) /feed.xml 17 subscribers"))
                .anySatisfy(t -> assertThat(t).startsWith("Inoreader (feed reader) /atom.xml 3 subscribers"));
        assertThat(page.select(".subscriber-summary").text()).contains("20 through feed readers");
        // Anyone may claim to be a reader: past 200 readers a new one is not stored.
        for (int i = 0; i < 205; i++) {
            new WebClient(server).userAgent("Spoof" + i + "/1.0 (1 subscriber)").get("/atom.xml");
        }
        assertThat(admin.get("/admin/followers").html().select("tr.feed-reader-row"))
                .hasSize(200);
        new WebClient(server).userAgent(feedly.formatted(18)).get("/feed.xml");
        assertThat(admin.get("/admin/followers")
                        .html()
                        .select("tr.feed-reader-row")
                        .eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Feedly (feed reader) /feed.xml 18 subscribers"));
    }
}
