package dev.kakehashi.service.wordpress;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a WordPress export (WXR 1.2) as a stream, one item at a time, in the shape WordPress's
 * Tools → Export writes and {@link WxrReader} reads: what it writes reads back field for field.
 */
final class WxrWriter implements AutoCloseable {
    static final String VERSION = "1.2";
    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;

    WxrWriter(OutputStream out) {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** The XML declaration, {@code rss} and the channel's own fields, up to the first author. */
    void start(String title, String siteUrl, String description) {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("excerpt", EXCERPT);
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("wp", WP);
            xml.writeStartElement("channel");
            text("title", title);
            text("link", siteUrl);
            text("description", description);
            text("language", "en");
            text("wp:wxr_version", VERSION);
            text("wp:base_site_url", siteUrl);
            text("wp:base_blog_url", siteUrl);
            text("generator", "Kakehashi");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    void author(WxrAuthor a) {
        try {
            xml.writeStartElement("wp:author");
            text("wp:author_id", Long.toString(a.id()));
            cdata("wp:author_login", a.login());
            cdata("wp:author_email", a.email());
            cdata("wp:author_display_name", a.displayName());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** One item; an attachment's file is its {@code wp:attachment_url}. */
    void item(WxrItem i) {
        try {
            xml.writeStartElement("item");
            cdata("title", i.title());
            text("link", i.link());
            if (i.date() != null) {
                text("pubDate", RFC_822.format(i.date()));
            }
            cdata("dc:creator", i.creator());
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "false");
            xml.writeCharacters(clean(i.guid()));
            xml.writeEndElement();
            cdata("content:encoded", i.content());
            cdata("excerpt:encoded", i.excerpt());
            text("wp:post_id", Long.toString(i.postId()));
            text("wp:post_date", date(i.date()));
            text("wp:post_date_gmt", date(i.date()));
            text("wp:post_modified", date(i.modified()));
            text("wp:post_modified_gmt", date(i.modified()));
            text("wp:comment_status", "open");
            cdata("wp:post_name", i.name());
            text("wp:status", i.status());
            text("wp:post_parent", Long.toString(i.parent()));
            text("wp:post_type", i.type());
            text("wp:is_sticky", i.sticky() ? "1" : "0");
            if ("attachment".equals(i.type())) {
                cdata("wp:attachment_url", i.attachmentUrl());
            }
            for (String c : i.categories()) {
                term("category", c);
            }
            for (String t : i.tags()) {
                term("post_tag", t);
            }
            if (!i.format().isEmpty()) {
                term("post_format", "post-format-" + i.format());
            }
            meta("wp:postmeta", i.meta());
            for (WxrComment c : i.comments()) {
                comment(c);
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the channel and the document; the caller closes the stream. */
    void end() {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the caller closes the stream itself
        }
    }

    private void comment(WxrComment c) throws XMLStreamException {
        xml.writeStartElement("wp:comment");
        text("wp:comment_id", Long.toString(c.id()));
        cdata("wp:comment_author", c.author());
        cdata("wp:comment_author_email", "");
        text("wp:comment_author_url", c.authorUrl());
        text("wp:comment_date", date(c.date()));
        text("wp:comment_date_gmt", date(c.date()));
        cdata("wp:comment_content", c.content());
        text("wp:comment_approved", c.approved());
        text("wp:comment_type", c.type());
        text("wp:comment_parent", Long.toString(c.parent()));
        meta("wp:commentmeta", c.meta());
        xml.writeEndElement();
    }

    private void term(String domain, String name) throws XMLStreamException {
        xml.writeStartElement("category");
        xml.writeAttribute("domain", domain);
        xml.writeAttribute("nicename", clean(name));
        writeCData(name);
        xml.writeEndElement();
    }

    private void meta(String element, Map<String, String> meta) throws XMLStreamException {
        for (var m : meta.entrySet()) {
            xml.writeStartElement(element);
            cdata("wp:meta_key", m.getKey());
            cdata("wp:meta_value", m.getValue());
            xml.writeEndElement();
        }
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private void cdata(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        writeCData(value);
        xml.writeEndElement();
    }

    /** A CDATA section cannot hold "]]>": it is split across two sections, as WordPress does. */
    private void writeCData(String value) throws XMLStreamException {
        String v = clean(value);
        int from = 0;
        for (int at = v.indexOf("]]>"); at >= 0; at = v.indexOf("]]>", from)) {
            xml.writeCData(v.substring(from, at + 2));
            from = at + 2;
        }
        if (from < v.length()) {
            xml.writeCData(v.substring(from));
        }
    }

    /** Characters XML 1.0 cannot carry at all are dropped. */
    private static String clean(String value) {
        return value == null
                ? ""
                : value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "");
    }

    private static String date(Instant at) {
        return at == null ? "0000-00-00 00:00:00" : DATE.format(at);
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new java.io.IOException("Writing the export failed: " + e.getMessage(), e));
    }
}
