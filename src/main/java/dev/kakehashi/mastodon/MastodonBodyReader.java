package dev.kakehashi.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * Reads a {@link MastodonBody} from JSON, a URL-encoded form or a multipart form. Forms and
 * multipart go through Jersey's own readers; JSON through Jackson. A body of any other type is 415;
 * an empty body is the empty {@link MastodonBody}.
 */
@Consumes(MediaType.WILDCARD)
public final class MastodonBodyReader implements MessageBodyReader<MastodonBody> {
    /** The JSON cap matches the URL-encoded form's (admin FormBodies, 4 MiB). */
    static final int MAX_JSON_BYTES = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    @jakarta.ws.rs.core.Context
    private Providers providers;

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return type == MastodonBody.class;
    }

    @Override
    public MastodonBody readFrom(
            Class<MastodonBody> type,
            Type generic,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException, WebApplicationException {
        if (mediaType == null || MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(mediaType)) {
            return readUntyped(entity);
        }
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(mediaType)) {
            Form form = delegate(Form.class, mediaType, headers, entity);
            return fromForm(form.asMap());
        }
        if (MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(mediaType)) {
            return fromMultipart(delegate(FormDataMultiPart.class, mediaType, headers, entity));
        }
        if (mediaType.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json")) {
            return fromJson(entity.readNBytes(MAX_JSON_BYTES + 1));
        }
        throw ServiceException.unsupportedMedia("Send JSON, application/x-www-form-urlencoded or multipart/form-data.");
    }

    /** Without a Content-Type: nothing, or JSON (some clients leave the type off). */
    private static MastodonBody readUntyped(InputStream entity) throws IOException {
        byte[] bytes = entity.readNBytes(MAX_JSON_BYTES + 1);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return MastodonBody.empty();
        }
        if (text.startsWith("{")) {
            return fromJson(bytes);
        }
        throw ServiceException.unsupportedMedia(
                "A Content-Type header is required: send JSON, application/x-www-form-urlencoded or"
                        + " multipart/form-data.");
    }

    private <T> T delegate(Class<T> type, MediaType mediaType, MultivaluedMap<String, String> headers, InputStream in)
            throws IOException {
        MessageBodyReader<T> reader = providers.getMessageBodyReader(type, type, new Annotation[0], mediaType);
        if (reader == null) {
            throw new IllegalStateException("No Jersey reader for " + type.getSimpleName());
        }
        return reader.readFrom(type, type, new Annotation[0], mediaType, headers, in);
    }

    /** The query string's parameters as a body (for GET endpoints that take arrays and nested keys). */
    public static MastodonBody fromForm(Map<String, List<String>> form) {
        BodyTree tree = new BodyTree();
        form.forEach((key, values) -> values.forEach(v -> tree.put(key, v)));
        return tree.build();
    }

    static MastodonBody fromMultipart(FormDataMultiPart multipart) {
        BodyTree tree = new BodyTree();
        try (multipart) {
            for (Map.Entry<String, List<FormDataBodyPart>> e :
                    multipart.getFields().entrySet()) {
                for (FormDataBodyPart part : e.getValue()) {
                    String fileName = part.getContentDisposition().getFileName();
                    if (fileName != null) {
                        tree.put(
                                e.getKey(),
                                new MastodonBody.Upload(
                                        fileName, part.getMediaType().toString(), part.getValueAs(byte[].class)));
                    } else {
                        tree.put(e.getKey(), part.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tree.build();
    }

    static MastodonBody fromJson(byte[] bytes) {
        if (bytes.length > MAX_JSON_BYTES) {
            throw ServiceException.tooLarge("The request body is larger than 4 MiB, the most this site accepts.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "The request body is not valid JSON");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            return MastodonBody.empty();
        }
        if (!root.isObject()) {
            throw InvalidInputException.of("body", "The request body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) plain(root, 0);
        Map<String, Object> normalized = new LinkedHashMap<>();
        // "media_ids[]": [...] in JSON is media_ids, as in a form.
        values.forEach((k, v) -> normalized.put(k.endsWith("[]") ? k.substring(0, k.length() - 2) : k, v));
        return new MastodonBody(normalized);
    }

    private static Object plain(JsonNode node, int depth) {
        if (depth > BodyTree.MAX_DEPTH) {
            throw InvalidInputException.of("body", "The request body is nested too deeply");
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getValue().isNull()) {
                    map.put(f.getKey(), plain(f.getValue(), depth + 1));
                }
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> {
                if (!n.isNull()) {
                    list.add(plain(n, depth + 1));
                }
            });
            return list;
        }
        return node.asText();
    }
}
