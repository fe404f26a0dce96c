package dev.kakehashi.it.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.it.ApJsonClient;
import dev.kakehashi.it.FedifyPeer;
import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import dev.kakehashi.it.web.MediaIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A follower on a real Fedify server gets an article's pictures as attachments, since Mastodon
 * drops the images in the body: the cover first, then the body's images with their alt text and
 * type, each once, at most four.
 */
class FedifyBodyImagesIT {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static KakehashiServer server;
    static WebClient admin;
    static FedifyPeer follower;

    @BeforeAll
    static void start() {
        follower = FedifyPeer.start();
        server = KakehashiServer.started();
        admin = new WebClient(server).setUpAndLogIn("Fedify Images IT", "ines", "ines-password-1");
        String first = admin.compose("note", "publish", "body", "Before anyone follows");
        String actor = new ApJsonClient(server)
                .json("/posts/" + first)
                .path("attributedTo")
                .asText();
        follower.follow(actor);
        follower.awaitReceived(a -> "Accept".equals(a.path("type").asText()), PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (follower != null) follower.close();
        if (server != null) server.close();
    }

    @Test
    void theCreateOfAnArticleCarriesItsCoverAndBodyImagesAsAttachments() {
        List<JsonNode> images = new ArrayList<>();
        for (String alt : List.of("The cover", "A bridge at dusk", "", "Third in the body", "One too many")) {
            images.add(MediaIT.uploadPng(admin, alt));
        }
        String cover = images.get(0).get("url").asText();
        StringBuilder body = new StringBuilder("Pictures of the walk.\n\n");
        body.append("![The cover again](").append(path(images.get(0))).append(")\n\n");
        for (JsonNode image : images.subList(1, images.size())) {
            body.append("![")
                    .append(image.get("alt").asText(""))
                    .append("](")
                    .append(path(image))
                    .append(")\n\n");
        }
        body.append("![Twice](").append(path(images.get(1))).append(")\n");
        String id = admin.compose(
                "article",
                "publish",
                "title",
                "A walk in pictures",
                "coverId",
                images.get(0).get("id").asText(),
                "body",
                body.toString());

        String object = server.url("/posts/" + id);
        JsonNode create = follower.awaitReceived(
                        a -> "Create".equals(a.path("type").asText())
                                && a.path("activity")
                                        .path("object")
                                        .path("id")
                                        .asText()
                                        .equals(object),
                        PATIENCE)
                .path("activity");
        JsonNode attachment = create.path("object").path("attachment");
        assertThat(urls(attachment))
                .containsExactly(
                        cover,
                        images.get(1).get("url").asText(),
                        images.get(2).get("url").asText(),
                        images.get(3).get("url").asText());
        assertThat(attachment.get(0).path("name").asText()).isEqualTo("The cover");
        assertThat(attachment.get(1).path("name").asText()).isEqualTo("A bridge at dusk");
        assertThat(attachment.get(2).has("name")).as("no alt text, no name").isFalse();
        for (JsonNode a : attachment) {
            assertThat(a.path("type").asText()).isEqualTo("Image");
            assertThat(a.path("mediaType").asText()).isEqualTo("image/png");
        }
        // The content Mastodon shows keeps the text and loses the img tags the attachments stand for.
        assertThat(create.path("object").path("content").asText())
                .contains("Pictures of the walk.")
                .doesNotContain("<img");
        assertThat(follower.rejected()).as("Fedify verified everything").isEmpty();
    }

    static String path(JsonNode upload) {
        return java.net.URI.create(upload.get("url").asText()).getPath();
    }

    static List<String> urls(JsonNode attachments) {
        List<String> out = new ArrayList<>();
        attachments.forEach(a -> out.add(a.path("url").asText()));
        return out;
    }
}
