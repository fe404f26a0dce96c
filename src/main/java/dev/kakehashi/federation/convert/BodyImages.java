package dev.kakehashi.federation.convert;

import dev.kakehashi.federation.vocab.MediaObject;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.LocalUrl;
import dev.kakehashi.service.media.AvFormat;
import dev.kakehashi.service.media.ImageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The blog's own images, audio and video inside a post's body, as attachments: Mastodon drops {@code
 * img}, {@code audio} and {@code video} tags (INTEROP A6.4), so without them a reader there sees none
 * of the pictures nor hears the recordings. Only files this site serves under {@code /media/} count;
 * files hot-linked from elsewhere stay out.
 */
final class BodyImages {
    private final Links links;

    BodyImages(Links links) {
        this.links = links;
    }

    /** Each own image in document order, alt text in name and summary (none when it has none). */
    List<MediaObject> of(String bodyHtml) {
        List<MediaObject> out = new ArrayList<>();
        if (bodyHtml == null || bodyHtml.isEmpty()) {
            return out;
        }
        Document body = Jsoup.parseBodyFragment(bodyHtml, links.home());
        for (Element e : body.select("img[src], audio[src], video[src]")) {
            String url = e.absUrl("src");
            Optional<String> file = links.local(url).flatMap(LocalUrl::mediaFile);
            if (file.isEmpty()) {
                continue;
            }
            String ext = extension(file.get());
            if (e.tagName().equals("img")) {
                ImageFormat.ofExtension(ext).ifPresent(f -> {
                    String alt = e.attr("alt").isBlank() ? null : e.attr("alt").strip();
                    out.add(new MediaObject("Image", f.contentType(), url, alt, alt, null, null));
                });
            } else {
                // Mastodon shows a Document with an audio/* or video/* mediaType as a player.
                AvFormat.ofExtension(ext)
                        .ifPresent(f ->
                                out.add(new MediaObject("Document", f.contentType(), url, null, null, null, null)));
            }
        }
        return out;
    }

    /** The extension Kakehashi gave a stored file; none for anything that is not one of its names. */
    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 1 || fileName.contains("/") || fileName.contains("?") || fileName.contains("#")) {
            return "";
        }
        return fileName.substring(dot + 1);
    }
}
