package dev.kakehashi.it.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.AppAuthor;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.MastodonApi;
import dev.kakehashi.it.WebClient;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Mastodon clients write to the blog: toot, Mastodon.py, masto.js and megalodon post text and
 * images with alt text and read the home timeline (Mastodon.py pages it with fetch_next and reads
 * the notifications a Fedify reader's reply and like made). Each flow ends on what readers see: the
 * post (and its image with the alt text) on the public blog page, and the Create that the Fedify
 * follower received.
 */
class MastodonClientPostingIT {
    static AppAuthor aoi;
    static KakehashiServer server;
    static FedifyPeer peer;
    static MastodonApi http;
    static WebClient reader;
    static String token;
    static String authorActor;
    static Path image;

    @BeforeAll
    static void start() throws IOException {
        peer = FedifyPeer.start();
        aoi = AppAuthor.start("Posting IT", "aoi", "aoi-password-1");
        server = aoi.server;
        reader = new WebClient(server);
        http = aoi.http;
        token = aoi.token;
        authorActor = aoi.actor;
        aoi.followedBy(peer);
        image = png();
    }

    @AfterAll
    static void stop() throws IOException {
        if (peer != null) peer.close();
        if (aoi != null) aoi.close();
        if (image != null) Files.deleteIfExists(image);
    }

    @Test
    void tootPostsTextAndAnImageWithAltTextAndShowsThemInTheHomeTimeline() throws IOException {
        MastodonClients.requireToot();
        Path config = Files.createTempDirectory("toot-config");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString(), "HOME", config.toString());
        MastodonClients.run(
                        List.of(
                                MastodonClients.TOOT,
                                "login_cli",
                                "--instance",
                                server.baseUrl().replace("http://", ""),
                                "--email",
                                "aoi@example.com",
                                "--disable-https"),
                        env,
                        "aoi-password-1\n")
                .ok();
        var text = MastodonClients.run(List.of(MastodonClients.TOOT, "post", "Hello from toot"), env, null)
                .ok();
        assertThat(text.out()).contains("Toot posted");
        var withImage = MastodonClients.run(
                        List.of(
                                MastodonClients.TOOT,
                                "post",
                                "A toot with a picture",
                                "--media",
                                image.toString(),
                                "--description",
                                "A blue sky from toot"),
                        env,
                        null)
                .ok();
        String url = tootUrl(withImage.out());
        var upload = MastodonClients.run(
                        List.of(MastodonClients.TOOT, "upload", image.toString(), "--description", "Uploaded alone"),
                        env,
                        null)
                .ok();
        assertThat(upload.out()).contains("Successfully uploaded media ID").contains("type 'image'");
        var mediaUrl = java.util.regex.Pattern.compile("(?m)^URL: (\\S+)").matcher(upload.out());
        assertThat(mediaUrl.find()).as(upload.out()).isTrue();
        assertThat(reader.get(mediaUrl.group(1).replace(server.baseUrl(), "")).status())
                .as(upload.out())
                .isEqualTo(200);

        var home = MastodonClients.run(List.of(MastodonClients.TOOT, "timeline", "--once", "--no-color"), env, null)
                .ok();
        assertThat(home.out()).contains("A toot with a picture").contains("Hello from toot");
        assertThat(home.out().indexOf("A toot with a picture"))
                .as("newest first")
                .isLessThan(home.out().indexOf("Hello from toot"));

        assertBlogShows(url, "A toot with a picture", "A blue sky from toot");
        assertFollowerReceived("Hello from toot", null);
        assertFollowerReceived("A toot with a picture", "A blue sky from toot");

        // toot's --spoiler-text is a content warning on the blog and on the follower's server.
        var warned = MastodonClients.run(
                        List.of(MastodonClients.TOOT, "post", "Behind a warning", "--spoiler-text", "Toot warning"),
                        env,
                        null)
                .ok();
        String warnedUrl = tootUrl(warned.out());
        Document page =
                reader.get(warnedUrl.substring(server.baseUrl().length())).html();
        assertThat(page.select("details.content-warning > summary").text()).isEqualTo("Toot warning");
        JsonNode note = assertFollowerReceived("Behind a warning", null)
                .path("activity")
                .path("object");
        assertThat(note.path("summary").asText()).isEqualTo("Toot warning");
        assertThat(note.path("sensitive").asBoolean()).isTrue();
    }

    @Test
    void mastodonPyPostsAnImagePagesHomeWithFetchNextAndReadsTheReadersReplyAndLike() {
        MastodonClients.requireMastodonPy();
        JsonNode posted = MastodonClients.python(
                        "post", server.baseUrl(), token, image.toString(), "A red roof from Python", "Posted by Python")
                .ok()
                .json();
        assertThat(posted.get("media").get(0).get("description").asText()).isEqualTo("A red roof from Python");
        assertBlogShows(posted.get("url").asText(), "Posted by Python", "A red roof from Python");
        JsonNode create = assertFollowerReceived("Posted by Python", "A red roof from Python");
        String postUri = create.path("activity").path("object").path("id").asText();

        for (int i = 1; i <= 4; i++) {
            http.postJson("/api/v1/statuses", token, Map.of("status", "Filler " + i));
        }
        JsonNode pages = MastodonClients.python("home", server.baseUrl(), token, "3")
                .ok()
                .json()
                .get("pages");
        List<String> seen = new ArrayList<>();
        pages.forEach(page -> page.forEach(id -> seen.add(id.asText())));
        List<String> all =
                ids(http.get("/api/v1/timelines/home?limit=40", token).json());
        assertThat(pages.size()).as(pages.toString()).isGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).hasSize(3);
        assertThat(seen).as("every status once, newest first, across pages").containsExactlyElementsOf(all);
        assertThat(seen).contains(posted.get("id").asText());

        peer.reply(authorActor, postUri, "<p>What a lovely roof</p>", null);
        peer.like(authorActor, postUri);
        Eventually.await(() -> http.get("/api/v1/notifications?types%5B%5D=mention&types%5B%5D=favourite", token)
                        .json()
                        .size()
                == 2);
        JsonNode notifications = MastodonClients.python("notifications", server.baseUrl(), token)
                .ok()
                .json()
                .get("notifications");
        List<String> types = new ArrayList<>();
        notifications.forEach(n -> {
            types.add(n.get("type").asText());
            assertThat(n.get("acct").asText()).isEqualTo(peer.acct());
        });
        assertThat(types)
                .as("newest first, the follow of the set-up last")
                .containsExactly("favourite", "mention", "follow");
        assertThat(notifications.get(0).get("status").asText())
                .isEqualTo(posted.get("id").asText());
    }

    @Test
    void mastoJsUploadsAV2ImagePostsItAndListsHome() {
        MastodonClients.requireNodeClients();
        JsonNode run = MastodonClients.node(
                        "masto-post.mjs",
                        server.baseUrl(),
                        token,
                        image.toString(),
                        "A green hill from masto.js",
                        "Posted by masto.js")
                .ok()
                .json();
        assertThat(run.get("mediaUrl").asText()).startsWith(server.baseUrl());
        assertThat(run.get("attached").get(0).get("description").asText()).isEqualTo("A green hill from masto.js");
        assertThat(run.get("visibility").asText()).isEqualTo("public");
        assertThat(run.get("home").get(0).asText()).isEqualTo(run.get("id").asText());
        assertBlogShows(run.get("url").asText(), "Posted by masto.js", "A green hill from masto.js");
        assertFollowerReceived("Posted by masto.js", "A green hill from masto.js");
    }

    @Test
    void megalodonPostsAStatusAndReadsHome() {
        MastodonClients.requireNodeClients();
        JsonNode run = MastodonClients.node("megalodon-post.mjs", server.baseUrl(), token, "Posted by megalodon")
                .ok()
                .json();
        assertThat(run.get("status").asInt()).isEqualTo(200);
        assertThat(run.get("content").asText()).contains("Posted by megalodon");
        assertThat(run.get("home").get(0).asText()).isEqualTo(run.get("id").asText());
        assertThat(run.get("home")).hasSize(1);
        assertThat(run.get("link").asText())
                .matches("<[^>]+max_id=" + run.get("id").asText() + "[^>]*>; rel=\"next\".*");
        assertBlogShows(run.get("url").asText(), "Posted by megalodon", null);
        assertFollowerReceived("Posted by megalodon", null);
    }

    /** The status's public page shows the text and, when given, the image with its alt text. */
    static void assertBlogShows(String url, String text, String alt) {
        assertThat(url).startsWith(server.baseUrl());
        WebClient.Page page = reader.get(url.substring(server.baseUrl().length()));
        assertThat(page.status()).as(url).isEqualTo(200);
        Document html = page.html();
        assertThat(html.text()).contains(text);
        if (alt != null) {
            var img = html.select("img[alt=\"" + alt + "\"]");
            assertThat(img).as(page.body()).hasSize(1);
            String src = img.attr("src").replace(server.baseUrl(), "");
            assertThat(reader.get(src).status()).as(src).isEqualTo(200);
        }
    }

    /** The Fedify follower got the Create of a Note with this text (and an image with this name). */
    static JsonNode assertFollowerReceived(String text, String alt) {
        JsonNode create = peer.awaitReceived(
                a -> "Create".equals(a.path("type").asText())
                        && a.path("activity")
                                .path("object")
                                .path("content")
                                .asText()
                                .contains(text),
                Duration.ofSeconds(30));
        assertThat(create.path("actor").asText()).isEqualTo(authorActor);
        if (alt != null) {
            JsonNode attachment = create.path("activity").path("object").path("attachment");
            JsonNode first = attachment.isArray() ? attachment.get(0) : attachment;
            assertThat(first.path("name").asText()).as(create.toString()).isEqualTo(alt);
            assertThat(first.path("mediaType").asText()).isEqualTo("image/png");
        }
        return create;
    }

    /** toot prints "Toot posted: <url>". */
    static String tootUrl(String out) {
        var m = java.util.regex.Pattern.compile("Toot posted: (\\S+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    static Path png() throws IOException {
        BufferedImage img = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(40, 140, 220));
        g.fillRect(0, 0, 160, 90);
        g.dispose();
        Path file = Files.createTempFile("client-image", ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
