package dev.kakehashi.admin;

import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.jvnet.mimepull.MIMEConfig;
import org.jvnet.mimepull.MIMEMessage;
import org.jvnet.mimepull.MIMEParsingException;
import org.jvnet.mimepull.MIMEPart;

/**
 * A {@code multipart/form-data} body read one part at a time as it arrives, with MIMEPull (the
 * parser Jersey's own multipart support uses): each part is handed over as a stream and read once,
 * so a large file part goes straight to where the caller writes it, never whole into memory nor
 * into a temporary file. For uploads too large for Jersey's in-memory multipart (a WordPress export).
 */
final class StreamedMultipart {
    /** What to do with one part; a part the consumer leaves unread is skipped. */
    interface PartConsumer {
        void accept(FormDataContentDisposition disposition, InputStream content) throws IOException;
    }

    private StreamedMultipart() {}

    /**
     * Hands each part of {@code body}, in order, to {@code consumer}.
     *
     * @throws ServiceException 400 when the body is not a well-formed form with at most {@code
     *     maxParts} parts
     */
    static void read(InputStream body, MediaType type, int maxParts, PartConsumer consumer) {
        String boundary = type == null ? null : type.getParameters().get("boundary");
        if (boundary == null || boundary.isBlank()) {
            throw new ServiceException(400, "The form has no multipart boundary.");
        }
        MIMEConfig config = new MIMEConfig();
        config.setMemoryThreshold(-1); // never a temp file: parts are read once, in order, as they come
        try (MIMEMessage message = new MIMEMessage(body, boundary, config)) {
            for (int i = 0; ; i++) {
                MIMEPart part = message.getPart(i);
                List<String> header = headerOrEnd(part);
                if (header == null) {
                    return;
                }
                if (i >= maxParts) {
                    throw new ServiceException(400, "The form has more than " + maxParts + " parts.");
                }
                try (InputStream content = part.readOnce()) {
                    consumer.accept(disposition(header), content);
                    content.transferTo(
                            OutputStream.nullOutputStream()); // what the consumer left, to reach the next part
                }
            }
        } catch (MIMEParsingException e) {
            throw new ServiceException(400, "The form is not well-formed multipart data.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part's Content-Disposition, or null past the last part (MIMEPull finds no headers there). */
    private static List<String> headerOrEnd(MIMEPart part) {
        try {
            List<String> header = part.getHeader("Content-Disposition");
            if (header == null || header.isEmpty()) {
                throw new ServiceException(400, "A part of the form has no Content-Disposition.");
            }
            return header;
        } catch (IllegalStateException end) {
            return null;
        }
    }

    private static FormDataContentDisposition disposition(List<String> header) {
        try {
            return new FormDataContentDisposition(header.get(0));
        } catch (ParseException | IllegalArgumentException e) {
            throw new ServiceException(400, "A part of the form has an unreadable Content-Disposition.");
        }
    }
}
