package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Media;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.media.MediaFiles;
import dev.kakehashi.service.media.MediaService;
import dev.kakehashi.store.WpUploadRepository;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old blog's images, audio and video: every file under its {@code /wp-content/uploads/} (a Kakehashi blog's
 * {@code /media/}) that an attachment or a post names is taken from the uploads zip (when one came
 * with the export and has it) or fetched
 * from the old site, stored as any admin upload
 * is (type from the bytes, an image's metadata stripped), and the post's addresses of it, WordPress's resized
 * variants ({@code fog-300x200.jpg}, {@code srcset}) included, become the new {@code /media/...}
 * path. A file that cannot be had is a line in the report, never the end of the import.
 */
final class WpMedia {
    /** A resized variant's suffix: {@code fog-300x200.jpg} is {@code fog.jpg}. */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("-[0-9]{1,5}x[0-9]{1,5}(\\.[A-Za-z0-9]+)$");

    static final String ATTACHMENT = "ATTACHMENT";

    private static final String UPLOADS = "/wp-content/uploads/";
    /** Where a Kakehashi blog serves its uploads; its export zip holds them under the same name. */
    private static final String MEDIA = "/media/";

    private static final String FILE = "((?:[A-Za-z0-9_~%+-][A-Za-z0-9_.~%+-]*/)*[A-Za-z0-9_~%+-][A-Za-z0-9_.~%+-]*"
            + "\\.(?i:jpe?g|png|gif|webp|mp3|m4a|ogg|oga|wav|flac|mp4|m4v|webm))";
    /** A file name {@link MediaFiles} gives. */
    private static final String MEDIA_FILE = "[1-9][0-9]{0,18}\\.[a-z0-9]{2,4}";

    private final WpUploadRepository uploads;
    private final MediaService media;
    private final OldSiteFiles oldSite;

    WpMedia(WpUploadRepository uploads, MediaService media, OldSiteFiles oldSite) {
        this.uploads = uploads;
        this.media = media;
        this.oldSite = oldSite;
    }

    /** Where an import's images come from: its uploads zip when one was given (else null), then the old site. */
    record Source(String site, UploadsZip zip) {}

    /**
     * The path under the uploads folder an old address names, without its size suffix; for a
     * Kakehashi blog's {@code /media/<id>.<ext>}, {@code media/<id>.<ext>}; empty otherwise.
     */
    static Optional<String> uploadPath(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        int at = p.indexOf(UPLOADS);
        if (at < 0) {
            int media = p.lastIndexOf(MEDIA);
            String name = media < 0 ? "" : p.substring(media + MEDIA.length());
            return MediaFiles.isValidName(name) ? Optional.of(MEDIA.substring(1) + name) : Optional.empty();
        }
        String rest = p.substring(at + UPLOADS.length());
        String lower = rest.toLowerCase(Locale.ROOT);
        if (!rest.matches(FILE) || rest.contains("..") || lower.contains("%2e") || lower.contains("%2f")) {
            return Optional.empty();
        }
        return Optional.of(SIZE_SUFFIX.matcher(rest).replaceFirst("$1"));
    }

    /**
     * {@code html} with every address of an image in the old site's uploads folder ({@code site}'s
     * host, or a path on it) turned into the new image's path; each image is imported once.
     */
    String rewrite(String html, Source from, long ownerId, ImportTally tally) {
        URI base = siteBase(from.site());
        if (base == null || (html.indexOf(UPLOADS) < 0 && html.indexOf(MEDIA) < 0)) {
            return html;
        }
        // The old site's absolute address, or a path on it where an attribute or a srcset entry starts.
        Pattern address = Pattern.compile("(?:(?i:https?:)?//(?i:" + Pattern.quote(base.getRawAuthority()) + ")"
                + "|(?<=[\"'\\s,(=]))((?:/[^/\"'\\s<>?#][^\"'\\s<>?#]*?)?(?:" + Pattern.quote(UPLOADS) + FILE
                + "|" + Pattern.quote(MEDIA) + MEDIA_FILE + "))");
        Map<String, String> done = new HashMap<>();
        Matcher m = address.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = uploadPath(m.group(1)).orElse(null);
            String to = key == null
                    ? null
                    : done.computeIfAbsent(key, k -> image(from, base, k, ownerId, "", tally)
                            .map(Links::mediaPath)
                            .orElse(""));
            m.appendReplacement(out, Matcher.quoteReplacement(to == null || to.isEmpty() ? m.group() : to));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The stored file name of the image an attachment's address names, imported now when it was not
     * yet; empty (with a report line) when it cannot be had or is not in the uploads folder.
     */
    Optional<String> attachment(String url, Source from, long ownerId, String alt, ImportTally tally) {
        URI base = siteBase(from.site());
        URI u = parse(url);
        if (base == null || u == null || u.getRawPath() == null) {
            return Optional.empty();
        }
        if (u.getRawAuthority() != null && !u.getRawAuthority().equalsIgnoreCase(base.getRawAuthority())) {
            tally.note("Attachment " + url + " is not on the old site: not fetched.");
            return Optional.empty();
        }
        return uploadPath(u.getRawPath()).flatMap(key -> image(from, base, key, ownerId, alt, tally));
    }

    private Optional<String> image(Source source, URI base, String key, long ownerId, String alt, ImportTally tally) {
        Optional<String> known = uploads.fileName(key);
        if (known.isPresent()) {
            if (!clip(alt).isEmpty()) {
                // A post named the image before its attachment came with the alt text.
                uploads.mediaId(key).ifPresent(id -> media.describe(ownerId, true, id, clip(alt)));
            }
            return known;
        }
        String folder = key.startsWith(MEDIA.substring(1)) ? "/" : UPLOADS;
        URI from = base.resolve(base.getRawPath().replaceAll("/+$", "") + folder + key);
        try {
            Optional<byte[]> zipped =
                    source.zip() == null ? Optional.empty() : source.zip().read(key, media.maxUploadBytes());
            byte[] bytes = zipped.isPresent() ? zipped.get() : oldSite.get(from);
            String name = key.substring(key.lastIndexOf('/') + 1);
            Media stored = media.importFile(ownerId, new ByteArrayInputStream(bytes), name, clip(alt));
            uploads.add(key, stored.id());
            return Optional.of(stored.fileName());
        } catch (OldSiteFiles.Unavailable e) {
            tally.errors++;
            tally.note("Image not imported: " + e.getMessage());
        } catch (ServiceException e) {
            tally.errors++;
            tally.note("Image not imported: " + from + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String clip(String alt) {
        String a = alt == null ? "" : alt.strip();
        return a.length() > MediaService.MAX_ALT_LENGTH ? a.substring(0, MediaService.MAX_ALT_LENGTH) : a;
    }

    /** The old site's address ({@code http://old.example/blog}), or null when the export names none usable. */
    private static URI siteBase(String site) {
        URI u = parse(site);
        if (u == null || u.getRawAuthority() == null || u.getScheme() == null) {
            return null;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        return URI.create(scheme + "://" + u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath()));
    }

    private static URI parse(String s) {
        try {
            return s == null || s.isBlank() ? null : new URI(s.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
