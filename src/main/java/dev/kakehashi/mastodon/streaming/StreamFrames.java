package dev.kakehashi.mastodon.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WebSocket frames as Mastodon sends them (INTEROP B11): {@code {"stream":[...],"event":...,
 * "payload":"<the entity's JSON as a string>"}} (a deleted status's payload is its bare id, and
 * {@code filters_changed} has none), and
 * errors as {@code {"error":...,"status":...}}.
 */
final class StreamFrames {
    static final ObjectMapper JSON = new ObjectMapper();

    private StreamFrames() {}

    static String event(List<String> stream, String event, String payload) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("stream", stream);
        frame.put("event", event);
        if (!EventPayload.NONE.equals(payload)) {
            frame.put("payload", payload);
        }
        return write(frame);
    }

    static String error(String message, int status) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("error", message);
        frame.put("status", status);
        return write(frame);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
