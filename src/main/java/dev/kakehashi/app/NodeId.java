package dev.kakehashi.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * This JVM's name among the nodes of one site: the setting {@code node.id} ({@code
 * KAKEHASHI_NODE_ID}) when given, else the host name and the process id, which differ between any
 * two JVMs running at once. Only for people reading {@code /health}, metrics and logs; nothing
 * relies on two nodes being given different names (the job scheduler adds its start time).
 */
final class NodeId {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private NodeId() {}

    static String load(SettingsSource source) {
        return source.get("node.id")
                .map(id -> {
                    if (!VALID.matcher(id).matches()) {
                        throw SettingsLoader.bad(
                                "node.id", "must be 1 to 63 letters, digits, '.', '_' or '-', got " + id);
                    }
                    return id;
                })
                .orElseGet(NodeId::fromHost);
    }

    private static String fromHost() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        String clean = host.replaceAll("[^A-Za-z0-9._-]", "-");
        if (clean.isEmpty() || !Character.isLetterOrDigit(clean.charAt(0))) {
            clean = "node" + clean;
        }
        String pid = "-" + ProcessHandle.current().pid();
        return clean.substring(0, Math.min(clean.length(), 63 - pid.length())) + pid;
    }
}
