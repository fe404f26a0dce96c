package dev.kakehashi.app;

import dev.kakehashi.service.ServiceException;
import dev.kakehashi.service.media.MediaService;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps every multipart body at the upload limit plus room for the other fields, before Jersey's
 * multipart reader buffers parts to temporary files: a declared length that is too large is refused
 * at once, and a chunked body is cut off as soon as it passes the cap. Tomcat's {@code maxPostSize}
 * does not cover multipart bodies read this way, so without this a client could fill the disk.
 */
@Priority(Priorities.ENTITY_CODER)
public final class UploadSizeLimit implements ContainerRequestFilter {
    /** Multipart boundaries, headers and the other fields (alt text is at most 1500 characters). */
    static final long FORM_OVERHEAD = 64 * 1024;

    private final long maxUploadBytes;

    public UploadSizeLimit(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.getType().equalsIgnoreCase("multipart")) {
            return;
        }
        long cap = maxUploadBytes + FORM_OVERHEAD;
        if (request.getLength() > cap) {
            throw tooLarge();
        }
        request.setEntityStream(new Capped(request.getEntityStream(), cap));
    }

    private ServiceException tooLarge() {
        return ServiceException.tooLarge(
                "The upload is larger than " + MediaService.humanSize(maxUploadBytes) + ", the largest allowed.");
    }

    /** Fails the read that passes the cap, so nothing past it is ever buffered. */
    private final class Capped extends FilterInputStream {
        private final long cap;
        private long count;

        Capped(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > cap) {
                throw tooLarge();
            }
        }
    }
}
