package dev.kakehashi.web.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a sitemaps.org {@code <urlset>} with the JDK's streaming XML writer (it does the escaping). */
public final class SitemapWriter {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    public SitemapWriter() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds one address; {@code lastModified} may be null. */
    public SitemapWriter url(String loc, Instant lastModified) {
        try {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(loc);
            xml.writeEndElement();
            if (lastModified != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public String finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
