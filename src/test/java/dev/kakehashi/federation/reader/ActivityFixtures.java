package dev.kakehashi.federation.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.federation.inbox.Activities;
import dev.kakehashi.federation.inbox.ReceivedActivity;
import java.io.IOException;
import java.io.InputStream;

/** Activities as peers send them, from {@code fixtures/remote/<host>/activities/<name>.json}. */
public final class ActivityFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivityFixtures() {}

    public static ObjectNode json(String host, String name) {
        String path = "/fixtures/remote/" + host + "/activities/" + name + ".json";
        try (InputStream in = ActivityFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The activity as the inbox job hands it over, received on the shared inbox. */
    public static ReceivedActivity received(JsonNode json) {
        return new ReceivedActivity(
                1, Activities.idOf(json.get("id")), json.path("type").asText(), Activities.actorId(json), null, json);
    }

    public static ReceivedActivity received(String host, String name) {
        return received(json(host, name));
    }
}
