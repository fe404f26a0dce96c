package dev.kakehashi.admin;

import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads one field of a URL-encoded form body in a filter, and puts the body back for the resource. */
public final class FormBodies {
    /**
     * Larger forms are refused (413) before anything is parsed. A post's longest body (200,000
     * characters) URL-encodes to at most 1.8 MB (9 bytes for each 3-byte UTF-8 character, such as
     * 架); the rest is room for the title, excerpt, tags and alt texts.
     */
    public static final int MAX_FORM_BYTES = 4 * 1024 * 1024;

    /** The answer to a form over {@link #MAX_FORM_BYTES}. */
    public static ServiceException tooLarge() {
        return ServiceException.tooLarge("The form is larger than 4 MiB, the most this site accepts.");
    }

    private FormBodies() {}

    static String field(ContainerRequestContext request, String name) {
        MediaType type = request.getMediaType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)) {
            return null;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(MAX_FORM_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > MAX_FORM_BYTES) {
            throw tooLarge();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (decode(key).equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
