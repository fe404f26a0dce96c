package dev.kakehashi.service.wordpress;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) as a stream, one item at a time: memory stays bounded by
 * the largest single item, whatever the size of the file. DTDs and entities are refused outright (an
 * export never has them), so nothing is fetched and no entity expands.
 */
public final class WxrReader implements AutoCloseable {
    /** The longest text of one field (a post's content); WordPress itself stops near 4 MB. */
    static final int MAX_TEXT_CHARS = 8_000_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final XMLStreamReader xml;
    private final List<WxrAuthor> authors = new ArrayList<>();
    private boolean started;
    private String version;
    private String siteUrl;

    public WxrReader(InputStream in) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            this.xml = f.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw refused(e);
        }
    }

    /** The authors read so far (an export lists them all before the first item). */
    public List<WxrAuthor> authors() {
        return authors;
    }

    /** The old site's address (wp:base_blog_url, else wp:base_site_url), once read. */
    public String siteUrl() {
        return siteUrl;
    }

    /**
     * The next item, or null at the end of the file.
     *
     * @throws WxrRefused when the file is not XML, is cut short, declares a DTD or is not an export
     */
    public WxrItem next() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                refuseDtd(event);
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = name();
                if (!started) {
                    if (!"rss".equals(name)) {
                        throw new WxrRefused("Not a WordPress export: the file starts with <" + name + ">, not <rss>.");
                    }
                    started = true;
                    continue;
                }
                switch (name) {
                    case "wp:wxr_version" -> version = text();
                    case "wp:base_site_url" -> siteUrl = siteUrl == null ? text() : skipText();
                    case "wp:base_blog_url" -> siteUrl = text();
                    case "wp:author" -> authors.add(author());
                    case "item" -> {
                        requireVersion();
                        return item();
                    }
                    default -> {}
                }
            }
            if (!started) {
                throw new WxrRefused("Not a WordPress export: the file has no XML in it.");
            }
            requireVersion();
            return null;
        } catch (XMLStreamException e) {
            throw refused(e);
        }
    }

    /** Reads the whole file to count its items; for the progress bar. */
    public static int count(InputStream in) {
        try (WxrReader r = new WxrReader(in)) {
            int n = 0;
            while (r.next() != null) {
                n++;
            }
            return n;
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the stream, which the caller closes
        }
    }

    private void requireVersion() {
        if (version == null) {
            throw new WxrRefused("Not a WordPress export: there is no wp:wxr_version in the channel.");
        }
    }

    private static void refuseDtd(int event) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new WxrRefused("Refused: the file declares a DTD or entities, which a WordPress export never does.");
        }
    }

    private static WxrRefused refused(XMLStreamException e) {
        String why = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        why = why.replaceAll("\\s+", " ").replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", "");
        String where =
                e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
        return new WxrRefused("Not a readable WordPress export" + where + ": " + why);
    }

    private String name() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private WxrAuthor author() throws XMLStreamException {
        Map<String, String> f = fields(null, null, null);
        return new WxrAuthor(
                number(f.get("wp:author_id")),
                f.getOrDefault("wp:author_login", ""),
                f.getOrDefault("wp:author_email", ""),
                f.getOrDefault("wp:author_display_name", ""));
    }

    private WxrItem item() throws XMLStreamException {
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String[] format = {""};
        Map<String, String> meta = new HashMap<>();
        List<WxrComment> comments = new ArrayList<>();
        Map<String, String> f = fields(
                term -> {
                    String domain = xml.getAttributeValue(null, "domain");
                    String slug = xml.getAttributeValue(null, "nicename");
                    String label = text();
                    if ("category".equals(domain)) {
                        categories.add(label.isBlank() ? slug : label);
                    } else if ("post_tag".equals(domain)) {
                        tags.add(label.isBlank() ? slug : label);
                    } else if ("post_format".equals(domain) && slug != null) {
                        format[0] = slug.replaceFirst("^post-format-", "");
                    }
                },
                () -> {
                    Map<String, String> m = fields(null, null, null);
                    meta.put(m.getOrDefault("wp:meta_key", ""), m.getOrDefault("wp:meta_value", ""));
                },
                () -> comments.add(comment()));
        return new WxrItem(
                number(f.get("wp:post_id")),
                f.getOrDefault("guid", ""),
                f.getOrDefault("link", ""),
                f.getOrDefault("title", ""),
                f.getOrDefault("dc:creator", ""),
                f.getOrDefault("wp:post_type", "post"),
                f.getOrDefault("wp:status", "publish"),
                f.getOrDefault("wp:post_name", ""),
                number(f.get("wp:post_parent")),
                "1".equals(f.get("wp:is_sticky")),
                date(f.get("wp:post_date_gmt"), f.get("wp:post_date")),
                date(f.get("wp:post_modified_gmt"), f.get("wp:post_modified")),
                f.getOrDefault("content:encoded", ""),
                f.getOrDefault("excerpt:encoded", ""),
                categories,
                tags,
                format[0],
                meta,
                comments,
                f.getOrDefault("wp:attachment_url", ""),
                (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(f.get("wp:menu_order")))));
    }

    private WxrComment comment() throws XMLStreamException {
        Map<String, String> meta = new HashMap<>();
        Map<String, String> f = fields(
                null,
                () -> {
                    Map<String, String> m = fields(null, null, null);
                    meta.put(m.getOrDefault("wp:meta_key", ""), m.getOrDefault("wp:meta_value", ""));
                },
                null);
        return new WxrComment(
                number(f.get("wp:comment_id")),
                number(f.get("wp:comment_parent")),
                f.getOrDefault("wp:comment_author", ""),
                f.getOrDefault("wp:comment_author_url", ""),
                date(f.get("wp:comment_date_gmt"), f.get("wp:comment_date")),
                f.getOrDefault("wp:comment_content", ""),
                f.getOrDefault("wp:comment_approved", "1"),
                f.getOrDefault("wp:comment_type", ""),
                meta);
    }

    private interface Part {
        void read() throws XMLStreamException;
    }

    /**
     * The text of each child of the current element, by name; {@code category}, {@code wp:postmeta} /
     * {@code wp:commentmeta} and {@code wp:comment} children go to the given readers instead.
     */
    private Map<String, String> fields(TermReader category, Part meta, Part comment) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        while (true) {
            int event = xml.next();
            refuseDtd(event);
            if (event == XMLStreamConstants.END_ELEMENT) {
                return f;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = name();
            if ("category".equals(name) && category != null) {
                category.read(name);
            } else if (("wp:postmeta".equals(name) || "wp:commentmeta".equals(name)) && meta != null) {
                meta.read();
            } else if ("wp:comment".equals(name) && comment != null) {
                comment.read();
            } else {
                f.put(name, text());
            }
        }
    }

    private interface TermReader {
        void read(String name) throws XMLStreamException;
    }

    /** The text of the current element, skipping any child elements' tags; bounded in length. */
    private String text() throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            refuseDtd(event);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    s.append(xml.getText());
                    if (s.length() > MAX_TEXT_CHARS) {
                        throw new WxrRefused("Refused: one field is longer than " + MAX_TEXT_CHARS + " characters.");
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new WxrRefused(
                        "Not a readable WordPress export: the file ends in the middle of an element.");
                default -> {}
            }
        }
        return s.toString().strip();
    }

    private String skipText() throws XMLStreamException {
        text();
        return siteUrl;
    }

    private static long number(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** GMT date, else the local one read as UTC; WordPress writes zeros for "no date". */
    private static Instant date(String gmt, String local) {
        for (String s : new String[] {gmt, local}) {
            if (s == null || s.isBlank() || s.startsWith("0000")) {
                continue;
            }
            try {
                return LocalDateTime.parse(s.strip(), DATE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the other one
            }
        }
        return null;
    }
}
