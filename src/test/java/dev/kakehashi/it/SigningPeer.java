package dev.kakehashi.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.federation.remote.FakeRemote;
import dev.kakehashi.federation.signature.DraftCavageSigner;
import dev.kakehashi.federation.signature.Pem;
import dev.kakehashi.federation.signature.SigningKey;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A remote server for inbox tests: serves actor documents with test RSA keys on a {@link
 * FakeRemote}, and POSTs activities signed the way Mastodon signs them (draft-cavage).
 */
public final class SigningPeer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final FakeRemote remote = FakeRemote.start();
    private final Map<String, KeyPair> keys = new HashMap<>();
    private final Map<String, ObjectNode> docs = new HashMap<>();

    /** Serves {@code /users/<name>} (with its key) and accepts POSTs to its inbox; returns its id. */
    public String actor(String name) {
        return actorAt("/users/" + name, name, doc -> {});
    }

    /** The same, with more of the actor document set by {@code extra} (name, icon, url...). */
    public String actor(String name, java.util.function.Consumer<ObjectNode> extra) {
        return actorAt("/users/" + name, name, extra);
    }

    /**
     * Serves an actor at any path (an instance actor at {@code /actor}, Pleroma's {@code
     * /internal/fetch}) with its key and an inbox that accepts POSTs; returns its id.
     */
    public String actorAt(String path, String name) {
        return actorAt(path, name, doc -> {});
    }

    public String actorAt(String path, String name, java.util.function.Consumer<ObjectNode> extra) {
        KeyPair pair = newKeyPair();
        String id = remote.origin() + path;
        keys.put(id, pair);
        ObjectNode doc = JSON.createObjectNode();
        doc.set(
                "@context",
                JSON.valueToTree(List.of("https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1")));
        doc.put("id", id);
        doc.put("type", "Person");
        doc.put("preferredUsername", name);
        doc.put("inbox", id + "/inbox");
        doc.put("outbox", id + "/outbox");
        doc.put("followers", id + "/followers");
        ObjectNode key = doc.putObject("publicKey");
        key.put("id", id + "#main-key");
        key.put("owner", id);
        key.put("publicKeyPem", Pem.encodePublicKey(pair.getPublic()));
        extra.accept(doc);
        docs.put(id, doc);
        remote.serve(path, 200, FakeRemote.ACTIVITY_JSON, doc.toString());
        remote.serve(path + "/inbox", 202, "text/plain", "");
        return id;
    }

    /** Changes the served document of an actor (a new name, alsoKnownAs...); its key stays. */
    public void updateActor(String id, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode doc = docs.get(id);
        change.accept(doc);
        remote.serve(URI.create(id).getRawPath(), 200, FakeRemote.ACTIVITY_JSON, doc.toString());
    }

    /** The main key of the actor with this id. */
    public SigningKey keyOf(String id) {
        return new SigningKey(id + "#main-key", keys.get(id).getPrivate());
    }

    /** POSTs a fixture (its host rewritten to this peer), with {@code https://blog.example} as {@code blog}. */
    public Answer postFixture(URI inbox, String fixture, String blogBase) {
        String body = remote.fixture(fixture).replace("https://blog.example", blogBase);
        String actor;
        try {
            actor = JSON.readTree(body).path("actor").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return post(inbox, body, keyOf(actor));
    }

    public String actorId(String name) {
        return remote.origin() + "/users/" + name;
    }

    /** The key named {@code keyId}, holding {@code signerName}'s private key. */
    public SigningKey key(String keyId, String signerName) {
        return new SigningKey(keyId, keys.get(actorId(signerName)).getPrivate());
    }

    public SigningKey mainKey(String name) {
        return key(actorId(name) + "#main-key", name);
    }

    /** A peer's answer. */
    public record Answer(int statusCode, String body) {}

    /**
     * POSTs {@code body} signed over {@code signedBody} with {@code key}, at the clock's time.
     * HttpURLConnection, because java.net.http refuses to send a Date header.
     */
    public Answer post(URI inbox, String signedBody, String body, SigningKey key, Clock clock) {
        Map<String, String> headers = new DraftCavageSigner(clock)
                .sign("POST", inbox, signedBody.getBytes(StandardCharsets.UTF_8), "application/activity+json", key);
        try {
            HttpURLConnection c = (HttpURLConnection) inbox.toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            // The signer covers the content type and host; the caller sends them.
            c.setRequestProperty("Content-Type", "application/activity+json");
            headers.forEach((name, value) -> {
                if (!name.equalsIgnoreCase("host")) {
                    c.setRequestProperty(name, value);
                }
            });
            try (var out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            var in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            c.disconnect();
            return new Answer(status, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Answer post(URI inbox, String body, SigningKey key) {
        return post(inbox, body, body, key, Clock.systemUTC());
    }

    /** {@code name} sends a signed Follow of {@code actor} (a local actor's id) to its inbox; returns the answer. */
    public Answer follow(String name, String actor) {
        String follow = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + actorId(name)
                + "/follows/1\",\"type\":\"Follow\",\"actor\":\"" + actorId(name) + "\",\"object\":\""
                + actor + "\"}";
        return post(URI.create(actor + "/inbox"), follow, mainKey(name));
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        remote.close();
    }
}
