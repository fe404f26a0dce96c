package dev.kakehashi.federation.vocab;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Writes ActivityStreams records: absent fields are left out, dates are whole-second UTC. */
public final class ApJson {
    public static final String MEDIA_TYPE = "application/activity+json";
    private static final ObjectMapper MAPPER =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ApJson() {}

    public static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An ActivityStreams record cannot be written", e);
        }
    }

    /** {@code YYYY-MM-DDTHH:MM:SSZ}, the form FEP-b2b8 and Mastodon use. */
    public static String date(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
