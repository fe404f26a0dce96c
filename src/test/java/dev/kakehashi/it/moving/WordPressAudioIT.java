package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A WordPress blog's recordings come over: {@code [audio]} shortcodes and audio blocks become players
 * of the imported files (served as they were, with their type), the post federates them as {@code
 * Document}s, and a file that is no recording nor image is a line in the report. Only audio is tested
 * with real files: no tiny MP4 or WebM can be made here without a network or an encoder.
 */
class WordPressAudioIT {
    static KakehashiServer server;
    static WebClient admin;
    static final byte[] FOGHORN = wav(440, 800);
    static final byte[] BELL = wav(880, 400);

    @BeforeAll
    static void start() throws IOException {
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Foghorn Notes", "keeper", "keeper-password-1");
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("wp-content/uploads/2020/04/foghorn.wav", FOGHORN);
        uploads.put("wp-content/uploads/2020/04/bell.wav", BELL);
        uploads.put("wp-content/uploads/2020/04/waves.mp4", "not a film".getBytes(StandardCharsets.UTF_8));
        String csrf = admin.get("/admin/settings/import").csrf();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", new WebClient.FilePart("foghorn.xml", "text/xml", export()));
        parts.put(
                "uploads",
                new WebClient.FilePart("uploads.zip", "application/zip", WordPressUploadsZipIT.zip(uploads)));
        parts.put("pings", "keep");
        WebClient.Page page = admin.postMultipart("/admin/settings/import?_csrf=" + csrf, parts);
        assertThat(page.status()).as(page.body()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** A real WAV file: {@code frames} samples of a sine tone, 8 kHz, 8-bit mono. */
    static byte[] wav(int hertz, int frames) {
        byte[] samples = new byte[frames];
        for (int i = 0; i < frames; i++) {
            samples[i] = (byte) (100 * Math.sin(2 * Math.PI * hertz * i / 8000.0));
        }
        AudioFormat format = new AudioFormat(8000f, 8, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(samples), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static byte[] export() throws IOException {
        try (InputStream in = WordPressAudioIT.class.getResourceAsStream("/wordpress/audio.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("SITE", WordPressUploadsZipIT.GONE_SITE)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void recordingsBecomePlayersOfTheImportedFilesAndFederateAsDocuments() throws IOException {
        Element report = WordPressImportIT.importToTheEnd(server, admin);
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("1");
        assertThat(report.select(".import-messages li").eachText())
                .as("not a recording nor an image")
                .anyMatch(m -> m.contains("waves.mp4"));

        Document article = new WebClient(server).get("/articles/foghorn").html();
        List<Element> players = article.select("main audio");
        assertThat(players).hasSize(2);
        for (Element player : players) {
            assertThat(player.attr("src")).matches(".*/media/[0-9]+\\.wav");
            assertThat(player.hasAttr("controls")).isTrue();
            assertThat(player.hasAttr("autoplay")).isFalse();
            assertThat(player.hasAttr("onplay")).isFalse();
        }
        assertThat(players.get(0).selectFirst("a").attr("href"))
                .as("a link for a browser without a player")
                .isEqualTo(players.get(0).attr("src"));
        List<byte[]> served = players.stream()
                .map(p -> admin.download(p.attr("src")))
                .peek(r -> assertThat(r.headers().firstValue("Content-Type")).hasValue("audio/wav"))
                .map(HttpResponse::body)
                .toList();
        assertThat(served.get(0)).isEqualTo(FOGHORN);
        assertThat(served.get(1)).isEqualTo(BELL);
        assertThat(article.select("main video").attr("src"))
                .as("the film was not imported: it keeps its old address, as a lost image does")
                .startsWith(WordPressUploadsZipIT.GONE_SITE);

        String object = article.select("link[rel=alternate][type=application/activity+json]")
                .attr("href");
        JsonNode note = new ApJsonClient(server).json(object);
        List<String> documents = note.findValues("attachment").stream()
                .flatMap(a -> a.findParents("mediaType").stream())
                .filter(a -> a.path("type").asText().equals("Document"))
                .map(a -> a.path("mediaType").asText() + " " + a.path("url").asText())
                .toList();
        assertThat(documents)
                .containsExactly(
                        "audio/wav "
                                + server.url(
                                        URI.create(players.get(0).attr("src")).getPath()),
                        "audio/wav "
                                + server.url(
                                        URI.create(players.get(1).attr("src")).getPath()));

        assertThat(new WebClient(server)
                        .get("/wp-content/uploads/2020/04/foghorn.wav")
                        .header("Location"))
                .as("the old address of the recording")
                .endsWith(URI.create(players.get(0).attr("src")).getPath());
    }
}
