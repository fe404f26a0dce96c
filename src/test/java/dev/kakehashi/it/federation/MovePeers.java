package dev.kakehashi.it.federation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kakehashi.it.SigningPeer;

/**
 * What the move ITs (MoveIT, MoveAdminIT, ReaderMoveIT) share: a stand-in account that a handle
 * finds through WebFinger, the {@code Move} such an account sends, and the POSTs a stand-in's inbox
 * received from Kakehashi.
 */
final class MovePeers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MovePeers() {}

    /** Serves {@code /users/<user>} on {@code peer} and a WebFinger answer naming it; returns its id. */
    static String findable(SigningPeer peer, String user) {
        String actor = peer.actor(user);
        peer.remote.serve(
                "/.well-known/webfinger",
                200,
                "application/jrd+json",
                "{\"subject\":\"acct:" + user + "@" + peer.remote.authority() + "\",\"links\":[{\"rel\":\"self\","
                        + "\"type\":\"application/activity+json\",\"href\":\"" + actor + "\"}]}");
        return actor;
    }

    /** {@code Move{actor: from, object: from, target: to}}, id {@code from#moves/<n>}, to from's followers. */
    static String move(String from, String to, String n) {
        ObjectNode m = JSON.createObjectNode();
        m.put("@context", "https://www.w3.org/ns/activitystreams");
        m.put("id", from + "#moves/" + n);
        m.put("type", "Move");
        m.put("actor", from);
        m.put("object", from);
        m.put("target", to);
        m.putArray("to").add(from + "/followers");
        return m.toString();
    }

    /** How many activities {@code peer}'s {@code /users/<user>} inbox was sent. */
    static long inboxPosts(SigningPeer peer, String user) {
        return peer.remote.requests().stream()
                .filter(r -> r.method().equals("POST") && r.pathAndQuery().equals("/users/" + user + "/inbox"))
                .count();
    }
}
