package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.federation.signature.DraftCavageSigner;
import dev.kakehashi.federation.signature.SigningKey;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.Eventually;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.Receiver;
import dev.kakehashi.it.Resources;
import dev.kakehashi.it.SigningPeer;
import dev.kakehashi.it.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One post of each visibility, seen from every public surface (pages, feeds, archive, sitemap,
 * outbox), at its permalink (anonymous, the author), as an ActivityPub object (unsigned, signed by a
 * follower's server, a stranger's, a mentioned actor's), and in the inboxes it reaches: a follower
 * gets public, unlisted and followers-only posts; only the mentioned actor gets the direct one.
 */
public class VisibilityIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String AP = "application/activity+json";
    static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    static KakehashiServer server;
    static WebClient author;
    static WebClient reader;
    static SigningPeer fans;
    static SigningPeer strangers;
    static SigningPeer pals;
    static Receiver fanInbox;
    static Receiver palInbox;
    static String fan;
    static String stranger;
    static String pal;
    static String authorActor;
    static Map<String, String> ids;

    @BeforeAll
    static void start() {
        server = KakehashiServer.started();
        author = new WebClient(server).setUpAndLogIn("Visibility IT", "vic", "vic-password-1");
        reader = new WebClient(server);
        fanInbox = Receiver.start();
        palInbox = Receiver.start();
        fans = new SigningPeer();
        strangers = new SigningPeer();
        pals = new SigningPeer();
        fan = fans.actor("fan", doc -> doc.put("inbox", fanInbox.url("/users/fan/inbox")));
        stranger = strangers.actor("stranger");
        pal = pals.actor("pal", doc -> doc.put("inbox", palInbox.url("/users/pal/inbox")));
        pals.remote.serve(
                "/.well-known/webfinger?resource=acct:pal@" + pals.remote.authority(),
                200,
                "application/jrd+json",
                "{\"subject\":\"acct:pal@" + pals.remote.authority() + "\",\"links\":[{\"rel\":\"self\","
                        + "\"type\":\"application/activity+json\",\"href\":\"" + pal + "\"}]}");

        String first = author.compose("note", "publish", "body", "Warm-up post", "tags", "warmup");
        authorActor = new ApJsonClient(server)
                .json("/posts/" + first)
                .path("attributedTo")
                .asText();
        // The fan follows the author (signed, from its own server), and is accepted.
        String follow = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + fan
                + "#follows/1\",\"type\":\"Follow\",\"actor\":\"" + fan + "\",\"object\":\"" + authorActor + "\"}";
        assertThat(fans.post(URI.create(authorActor + "/inbox"), follow, fans.keyOf(fan))
                        .statusCode())
                .isEqualTo(202);
        Eventually.within(PATIENCE, "the fan follows the author", () -> {
            server.runDueJobs();
            return new ApJsonClient(server)
                            .json(authorActor + "/followers")
                            .path("totalItems")
                            .asInt()
                    == 1;
        });

        ids = Map.of(
                "public", compose("public", "Public words for everyone"),
                "unlisted", compose("unlisted", "Unlisted words at their address"),
                "private", compose("private", "Followers-only words for fans"),
                "direct", compose("direct", "Direct words for @pal@" + pals.remote.authority()));
    }

    static String compose(String visibility, String body) {
        return author.compose("note", "publish", "body", body, "tags", "visi", "visibility", visibility);
    }

    @AfterAll
    static void stop() {
        Resources.closeAll(fans, strangers, pals, fanInbox, palInbox, server);
    }

    /** The page at {@code path}, following one redirect (tag pages canonicalize their name). */
    static String page(String path) {
        WebClient.Page page = reader.get(path);
        if (page.status() / 100 == 3) {
            page = reader.get(local(page.header("Location")));
        }
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    /** A path on this server from an absolute URL or a path. */
    static String local(String location) {
        return location.startsWith(server.baseUrl())
                ? location.substring(server.baseUrl().length())
                : location;
    }

    static void listsOnlyThePublicPost(String surface, String body) {
        assertThat(body).as(surface).contains("/posts/" + ids.get("public"));
        if (!surface.equals("/sitemap.xml")) {
            assertThat(body).as(surface).contains("Public words for everyone");
            assertThat(body)
                    .as(surface)
                    .doesNotContain("Unlisted words")
                    .doesNotContain("Followers-only words")
                    .doesNotContain("Direct words");
        }
        for (String hidden : List.of("unlisted", "private", "direct")) {
            assertThat(body).as(surface + " links no " + hidden + " post").doesNotContain("/posts/" + ids.get(hidden));
        }
    }

    @Test
    void onlyThePublicPostIsListedOnPagesFeedsArchiveSitemapAndOutbox() {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        for (String path : List.of(
                "/",
                "/tags/visi",
                "/@vic",
                "/feed.xml",
                "/atom.xml",
                "/@vic/feed.xml",
                "/@vic/atom.xml",
                "/sitemap.xml",
                String.format("/archive/%04d/%02d", month.getYear(), month.getMonthValue()))) {
            listsOnlyThePublicPost(path, page(path));
        }
        String outbox = local(authorActor) + "/outbox?page=1";
        WebClient.Page items = reader.get(outbox, AP);
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.body()).contains("/posts/" + ids.get("public"));
        for (String hidden : List.of("unlisted", "private", "direct")) {
            assertThat(items.body())
                    .as("outbox lists no " + hidden + " post")
                    .doesNotContain("/posts/" + ids.get(hidden));
        }
    }

    @Test
    void permalinksAnswerAnonymousReadersOnlyForPublicAndUnlisted() {
        assertThat(reader.get("/posts/" + ids.get("public")).status()).isEqualTo(200);
        WebClient.Page unlisted = reader.get("/posts/" + ids.get("unlisted"));
        assertThat(unlisted.status()).isEqualTo(200);
        assertThat(unlisted.body()).contains("Unlisted words at their address");
        WebClient.Page priv = reader.get("/posts/" + ids.get("private"));
        assertThat(priv.status()).isEqualTo(404);
        assertThat(priv.body()).doesNotContain("Followers-only words");
        assertThat(reader.get("/posts/" + ids.get("direct")).status()).isEqualTo(404);

        // The signed-in author still reads them, and no shared cache may keep that page.
        WebClient.Page own = author.get("/posts/" + ids.get("private"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Followers-only words for fans");
        assertThat(own.header("Cache-Control")).contains("no-store");
        assertThat(author.get("/posts/" + ids.get("direct")).body()).contains("Direct words");
    }

    @Test
    void objectsAreAddressedByVisibilityAndHiddenFromUnsignedFetches() {
        ApJsonClient ap = new ApJsonClient(server);
        String followers = authorActor + "/followers";
        JsonNode pub = ap.json("/posts/" + ids.get("public"));
        assertThat(strings(pub.path("to"))).containsExactly(PUBLIC);
        assertThat(strings(pub.path("cc"))).contains(followers);
        JsonNode unlisted = ap.json("/posts/" + ids.get("unlisted"));
        assertThat(strings(unlisted.path("to"))).containsExactly(followers);
        assertThat(strings(unlisted.path("cc"))).contains(PUBLIC);
        assertThat(ap.get("/posts/" + ids.get("private")).status()).isEqualTo(404);
        assertThat(ap.get("/posts/" + ids.get("direct")).status()).isEqualTo(404);
    }

    @Test
    void aFollowersServerFetchesTheFollowersOnlyPostSignedAndNoOneElseDoes() {
        String priv = server.url("/posts/" + ids.get("private"));
        Fetched byFan = signedGet(priv, fans.keyOf(fan));
        assertThat(byFan.status()).isEqualTo(200);
        JsonNode note = ApJsonClient.parse(byFan.body());
        assertThat(strings(note.path("to"))).containsExactly(authorActor + "/followers");
        assertThat(note.toString()).doesNotContain(PUBLIC).contains("Followers-only words");
        assertThat(signedGet(priv, strangers.keyOf(stranger)).status()).isEqualTo(404);
        assertThat(signedGet(priv, pals.keyOf(pal)).status()).isEqualTo(404);
    }

    @Test
    void onlyTheMentionedActorsServerFetchesTheDirectPost() {
        String direct = server.url("/posts/" + ids.get("direct"));
        Fetched byPal = signedGet(direct, pals.keyOf(pal));
        assertThat(byPal.status()).isEqualTo(200);
        JsonNode note = ApJsonClient.parse(byPal.body());
        assertThat(strings(note.path("to"))).containsExactly(pal);
        assertThat(strings(note.path("cc"))).isEmpty();
        assertThat(signedGet(direct, fans.keyOf(fan)).status()).isEqualTo(404);
        assertThat(signedGet(direct, strangers.keyOf(stranger)).status()).isEqualTo(404);
    }

    @Test
    void theFollowerReceivesAllButTheDirectPostWhichOnlyTheMentionedActorReceives() {
        Eventually.within(PATIENCE, "the follower gets three Creates, the mentioned actor one", () -> {
            server.runDueJobs();
            return fanInbox.received("Create").size() >= 3
                    && !palInbox.received("Create").isEmpty();
        });
        server.runDueJobs();
        List<String> toFan = fanInbox.received("Create").stream()
                .map(d -> d.activity().path("object").path("id").asText())
                .toList();
        assertThat(toFan)
                .contains(
                        server.url("/posts/" + ids.get("public")),
                        server.url("/posts/" + ids.get("unlisted")),
                        server.url("/posts/" + ids.get("private")))
                .doesNotContain(server.url("/posts/" + ids.get("direct")));
        JsonNode privateCreate = fanInbox.received("Create").stream()
                .map(Receiver.Delivery::activity)
                .filter(a -> a.path("object").path("id").asText().endsWith("/posts/" + ids.get("private")))
                .findFirst()
                .orElseThrow();
        assertThat(strings(privateCreate.path("to"))).containsExactly(authorActor + "/followers");
        assertThat(privateCreate.toString()).doesNotContain(PUBLIC);

        List<Receiver.Delivery> toPal = palInbox.received("Create");
        assertThat(toPal)
                .extracting(d -> d.activity().path("object").path("id").asText())
                .containsExactly(server.url("/posts/" + ids.get("direct")));
        JsonNode direct = toPal.get(0).activity();
        assertThat(strings(direct.path("to"))).containsExactly(pal);
        assertThat(strings(direct.path("cc"))).isEmpty();
        assertThat(toPal.get(0).signer()).isEqualTo(authorActor);
    }

    @Test
    void theFormRefusesAnUnknownVisibilityAndAPublishedPostKeepsItsOwn() {
        WebClient.Page form = author.get("/admin/posts/new?kind=note");
        assertThat(form.html().select("select[name=visibility] option"))
                .extracting(o -> o.text())
                .containsExactly(
                        "Public",
                        "Unlisted (not on the home page or feeds)",
                        "Followers only",
                        "Mentioned people only");
        WebClient.Page bad = author.postForm(
                "/admin/posts",
                WebClient.form(
                        "_csrf", form.csrf(),
                        "kind", "note",
                        "action", "publish",
                        "body", "Never stored",
                        "visibility", "everyone"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("Choose who can see the post");

        String id = ids.get("private");
        WebClient.Page edit = author.get("/admin/posts/" + id + "/edit");
        WebClient.Page widened = author.postForm(
                "/admin/posts/" + id,
                WebClient.form(
                        "_csrf", edit.csrf(),
                        "kind", "note",
                        "action", "publish",
                        "body", "Followers-only words for fans",
                        "tags", "visi",
                        "visibility", "public"));
        assertThat(widened.status()).isEqualTo(422);
        assertThat(widened.body()).contains("keeps the visibility");
        assertThat(reader.get("/posts/" + id).status()).isEqualTo(404);
    }

    /** @param cache the page cache's {@code X-Kakehashi-Cache}: hit, miss or null (not looked at) */
    public record Fetched(int status, String body, String cache) {}

    /** A GET signed as Mastodon signs its fetches (draft-cavage); HttpURLConnection sends the Date. */
    public static Fetched signedGet(String url, SigningKey key) {
        URI uri = URI.create(url);
        Map<String, String> headers = new DraftCavageSigner(Clock.systemUTC()).sign("GET", uri, null, null, AP, key);
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setRequestProperty("Accept", AP);
            headers.forEach(c::setRequestProperty);
            int status = c.getResponseCode();
            var in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String cache = c.getHeaderField("X-Kakehashi-Cache");
            c.disconnect();
            return new Fetched(status, body, cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
