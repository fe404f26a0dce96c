package dev.kakehashi.app;

import dev.kakehashi.admin.FormBodies;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.service.media.MediaService;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Caps every form body at {@link FormBodies#MAX_FORM_BYTES} and every multipart body at the upload
 * limit plus room for the other fields, before Jersey's
 * multipart reader buffers parts to temporary files: a declared length that is too large is refused
 * at once, and a chunked body is cut off as soon as it passes the cap. Tomcat's {@code maxPostSize}
 * does not cover multipart bodies read this way, so without this a client could fill the disk.
 */
@Priority(Priorities.ENTITY_CODER)
public final class UploadSizeLimit implements ContainerRequestFilter {
    /** Multipart boundaries, headers and the other fields (alt text is at most 1500 characters). */
    static final long FORM_OVERHEAD = 64 * 1024;

    private final long maxUploadBytes;
    private final Map<String, Long> largerFor;

    /**
     * @param largerFor paths (without the leading slash) that take a larger upload than the rest,
     *     and their limit: a WordPress export streams to disk, not to memory
     */
    public UploadSizeLimit(long maxUploadBytes, Map<String, Long> largerFor) {
        this.maxUploadBytes = maxUploadBytes;
        this.largerFor = Map.copyOf(largerFor);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null) {
            return;
        }
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)) {
            // Forms have their own cap, the same the CSRF check reads up to.
            cap(request, FormBodies.MAX_FORM_BYTES, FormBodies::tooLarge);
        } else if (type.getType().equalsIgnoreCase("multipart")) {
            String path = request.getUriInfo().getPath();
            long limit = largerFor.getOrDefault(path.startsWith("/") ? path.substring(1) : path, maxUploadBytes);
            cap(request, limit + FORM_OVERHEAD, () -> tooLarge(limit));
        }
    }

    private static void cap(ContainerRequestContext request, long cap, Supplier<ServiceException> tooLarge) {
        if (request.getLength() > cap) {
            throw tooLarge.get();
        }
        request.setEntityStream(new Capped(request.getEntityStream(), cap, tooLarge));
    }

    private static ServiceException tooLarge(long limit) {
        return ServiceException.tooLarge(
                "The upload is larger than " + MediaService.humanSize(limit) + ", the largest allowed.");
    }

    /** Fails the read that passes the cap, so nothing past it is ever buffered. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private final Supplier<ServiceException> tooLarge;
        private long count;

        Capped(InputStream in, long cap, Supplier<ServiceException> tooLarge) {
            super(in);
            this.cap = cap;
            this.tooLarge = tooLarge;
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
                throw tooLarge.get();
            }
        }
    }
}
