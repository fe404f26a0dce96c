package dev.kakehashi.federation.convert;

import dev.kakehashi.federation.vocab.MediaObject;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.media.ImageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The blog's own images inside a post's body, as attachments: Mastodon drops {@code img} tags
 * (INTEROP A6.4), so without them a reader there sees none of the pictures. Only files this site
 * serves under {@code /media/} count; images hot-linked from elsewhere stay out.
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
        String prefix = links.media("");
        for (Element img : Jsoup.parseBodyFragment(bodyHtml, links.base() + "/").select("img[src]")) {
            String url = img.absUrl("src");
            if (!url.startsWith(prefix)) {
                continue;
            }
            String fileName = url.substring(prefix.length());
            format(fileName).ifPresent(f -> {
                String alt = img.attr("alt").isBlank() ? null : img.attr("alt").strip();
                out.add(new MediaObject("Image", f.contentType(), url, alt, alt, null, null));
            });
        }
        return out;
    }

    /** The format Kakehashi stored the file as, by the extension it gave it; none for anything else. */
    private static Optional<ImageFormat> format(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 1 || fileName.contains("/") || fileName.contains("?") || fileName.contains("#")) {
            return Optional.empty();
        }
        return ImageFormat.ofExtension(fileName.substring(dot + 1));
    }
}
