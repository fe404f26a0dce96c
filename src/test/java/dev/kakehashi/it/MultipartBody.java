package dev.kakehashi.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body: values are Strings or {@link WebClient.FilePart}s. */
public record MultipartBody(String contentType, byte[] bytes) {
    public static MultipartBody of(Map<String, Object> parts) {
        String boundary = "----kakehashi" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        try {
            for (var e : parts.entrySet()) {
                out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                if (e.getValue() instanceof WebClient.FilePart f) {
                    out.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"; filename=\"" + f.fileName()
                                    + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.write(f.bytes());
                } else {
                    out.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue())
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MultipartBody("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }
}
