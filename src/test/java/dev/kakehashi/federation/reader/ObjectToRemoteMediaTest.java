package dev.kakehashi.federation.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.domain.RemoteMedia;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectToRemoteMediaTest {
    static JsonNode json(String json) throws Exception {
        return new ObjectMapper().readTree(json.replace('\'', '"'));
    }

    @Test
    void readsMastodonsAttachmentWithAltBlurhashFocusAndSize() throws Exception {
        List<RemoteMedia> media = ObjectToRemoteMedia.of(json("{'attachment': [{'type': 'Document',"
                + " 'mediaType': 'image/jpeg', 'url': 'https://m.example/a.jpg', 'name': 'A cat <b>asleep</b>',"
                + " 'blurhash': 'UBL_:rOpGG-oBUNG', 'focalPoint': [-0.5, 0.25], 'width': 640, 'height': 480}]}"));
        assertThat(media)
                .containsExactly(new RemoteMedia(
                        0,
                        "https://m.example/a.jpg",
                        "image/jpeg",
                        RemoteMedia.Kind.IMAGE,
                        "A cat asleep",
                        "UBL_:rOpGG-oBUNG",
                        -0.5,
                        0.25,
                        640,
                        480));
    }

    @Test
    void dropsLinksJunkAndNonHttpUrlsAndNumbersTheRestInOrder() throws Exception {
        List<RemoteMedia> media = ObjectToRemoteMedia.of(json("{'attachment': ["
                + "{'type': 'Link', 'href': 'https://m.example/page'}, 'just a string', 42,"
                + " {'type': 'Image', 'url': 'javascript:alert(1)'}, {'type': 'Image'},"
                + " {'type': 'Video', 'mediaType': 'video/mp4', 'url': 'https://m.example/v.mp4',"
                + " 'focalPoint': [3, 0], 'blurhash': 'not a hash!', 'width': -1},"
                + " {'type': 'Audio', 'url': {'type': 'Link', 'href': 'https://m.example/s.ogg'}}]}"));
        assertThat(media)
                .extracting(RemoteMedia::url)
                .containsExactly("https://m.example/v.mp4", "https://m.example/s.ogg");
        assertThat(media).extracting(RemoteMedia::position).containsExactly(0, 1);
        assertThat(media).extracting(RemoteMedia::kind).containsExactly(RemoteMedia.Kind.VIDEO, RemoteMedia.Kind.AUDIO);
        assertThat(media.get(0).focusX()).isNull();
        assertThat(media.get(0).blurhash()).isNull();
        assertThat(media.get(0).width()).isNull();
    }

    @Test
    void keepsAtMostSixteenAndNoneWhenThereIsNoArray() throws Exception {
        StringBuilder many = new StringBuilder("{'attachment': [");
        for (int i = 0; i < 20; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{'type': 'Image', 'url': 'https://m.example/")
                    .append(i)
                    .append(".png'}");
        }
        assertThat(ObjectToRemoteMedia.of(json(many + "]}"))).hasSize(16);
        assertThat(ObjectToRemoteMedia.of(json("{'content': 'hi'}"))).isEmpty();
        assertThat(ObjectToRemoteMedia.of(json("{'attachment': {'type': 'Image', 'url': 'https://m.example/x.gif',"
                        + " 'mediaType': 'image/gif'}}")))
                .extracting(RemoteMedia::kind)
                .containsExactly(RemoteMedia.Kind.IMAGE);
    }
}
