package dev.kakehashi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real, stand-alone Tomcat run as a deployer would: {@code catalina.sh run} from an installed
 * CATALINA_HOME, with a fresh CATALINA_BASE in a temp folder (its own {@code server.xml} on a free
 * port bound to 127.0.0.1, no AJP, no shutdown port) and the WAR dropped in as {@code ROOT.war}.
 */
public final class StandaloneTomcat implements AutoCloseable {
    private static final List<String> CONF_FILES = List.of(
            "web.xml",
            "context.xml",
            "catalina.properties",
            "logging.properties",
            "jaspic-providers.xml",
            "tomcat-users.xml");
    /** How often a start is checked: each check is an HTTP request or a read of the log. */
    private static final Duration POLL = Duration.ofMillis(500);
    /** What Tomcat logs once it has started, after deploying its web applications. */
    private static final String STARTED = "Server startup in";
    /** What the app logs when a setting or the database keeps it down (KakehashiApp). */
    private static final String CANNOT_START = "Kakehashi cannot start";
    /** Once Tomcat has started, how long /health may still take beyond the start's own timeout. */
    private static final Duration HEALTH_GRACE = Duration.ofSeconds(30);
    /** Lines of each log file a failure shows. */
    public static final int LOG_TAIL_LINES = 60;
    /** One client for every check, rather than a new one (and its selector thread) per poll. */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home;
    private final Path base;
    private final int port;
    private Process process;
    private boolean hookAdded;
    // If the test JVM itself is stopped (Ctrl-C), Tomcat must not outlive it.
    private final Thread killOnExit = new Thread(() -> {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    });

    private StandaloneTomcat(Path home, Path base, int port) {
        this.home = home;
        this.base = base;
        this.port = port;
    }

    /**
     * A new CATALINA_BASE for the Tomcat installed at {@code home}, with the conf files copied
     * from {@code confSource} (Debian keeps them in /etc/tomcat10, the upstream zip in
     * home/conf) and {@code war} deployed as ROOT.war.
     */
    public static StandaloneTomcat create(Path home, Path confSource, Path war) {
        try {
            Path base = Files.createTempDirectory("kakehashi-tomcat-");
            for (String dir : List.of("conf", "webapps", "logs", "temp", "work", "lib")) {
                Files.createDirectories(base.resolve(dir));
            }
            for (String file : CONF_FILES) {
                if (Files.isReadable(confSource.resolve(file))) {
                    Files.copy(confSource.resolve(file), base.resolve("conf").resolve(file));
                }
            }
            int port = freePort();
            Files.writeString(base.resolve("conf/server.xml"), serverXml(port));
            Files.copy(war, base.resolve("webapps/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
            // The upstream zip keeps no file modes when Maven unpacks it.
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh"))
                        .forEach(p -> p.toFile().setExecutable(true));
            }
            return new StandaloneTomcat(home, base, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Tomcat 11 that the build unpacks in pre-integration-test; fails the test when it is missing. */
    public static Path tomcat11() {
        Path home = Path.of(System.getProperty("kakehashi.it.tomcat11", "target/tomcat11/missing"));
        if (!Files.isRegularFile(home.resolve("bin/catalina.sh"))) {
            throw new AssertionError("The build unpacks Tomcat 11 in pre-integration-test: no " + home);
        }
        return home;
    }

    /** The built WAR file; fails the test when it is missing. */
    public static Path builtWar() {
        Path war = Path.of(System.getProperty("kakehashi.it.warFile", "target/kakehashi.war"));
        if (!Files.isRegularFile(war)) {
            throw new AssertionError("Run `mvn package` first: no " + war);
        }
        return war;
    }

    /** Runs {@code catalina.sh run} with these extra environment variables (KAKEHASHI_*). */
    public StandaloneTomcat start(Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/catalina.sh").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("logs/console.log").toFile());
        // Nothing from the test runner's own environment may configure the app.
        pb.environment().keySet().removeIf(k -> k.startsWith("KAKEHASHI_") || k.startsWith("CATALINA_"));
        pb.environment().put("CATALINA_HOME", home.toString());
        pb.environment().put("CATALINA_BASE", base.toString());
        pb.environment().put("CATALINA_TMPDIR", base.resolve("temp").toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CATALINA_OPTS", "-Xmx384m");
        pb.environment().putAll(env);
        try {
            process = pb.start();
            if (!hookAdded) {
                Runtime.getRuntime().addShutdownHook(killOnExit);
                hookAdded = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Waits until {@code /health} answers 200: first for Tomcat to log that it finished starting
     * (deploying ROOT.war included), then for the health URL. Fails at once, with the log's tail,
     * when Tomcat exits or the app logs that it cannot start; else after {@code timeout}.
     */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitServerStarted(timeout);
        Duration left =
                Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)).plus(HEALTH_GRACE);
        awaitSignal(left, "/health answering 200", () -> {
            if (console().contains(CANNOT_START)) {
                throw failure("/health answering 200, but the app logged that it cannot start", timeout);
            }
            return status("/health") == 200;
        });
    }

    /** Waits until Tomcat has finished deploying (whether or not the app came up): its log says so. */
    public void awaitServerStarted(Duration timeout) {
        awaitSignal(timeout, "Tomcat's \"" + STARTED + "\" log line", () -> console()
                .contains(STARTED));
    }

    private void awaitSignal(Duration timeout, String what, BooleanSupplier signal) {
        long started = System.nanoTime();
        if (!Eventually.holdsWithin(timeout, POLL, () -> alive(what, timeout) && signal.getAsBoolean())) {
            throw failure(
                    what + " (gave up after "
                            + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s)",
                    timeout);
        }
    }

    /** True while Tomcat runs; a Tomcat that exited fails the wait at once, with its log. */
    private boolean alive(String what, Duration timeout) {
        if (!process.isAlive()) {
            throw failure(what + ", but Tomcat exited with " + process.exitValue(), timeout);
        }
        return true;
    }

    private AssertionError failure(String what, Duration timeout) {
        return new AssertionError("Waited up to " + timeout.toSeconds() + " s for " + what + " at " + baseUrl()
                + " (load average " + loadAverage() + ")\n" + logTail(LOG_TAIL_LINES));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The status of a GET, or -1 when nothing listens yet. */
    public int status(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path base() {
        return base;
    }

    /** Everything Tomcat wrote: the console (catalina.sh run) and the files under logs/. */
    public String log() {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(base.resolve("logs"))) {
            for (Path f : files.sorted().toList()) {
                out.append("==== ").append(f.getFileName()).append('\n');
                out.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            out.append("(logs unreadable: ").append(e.getMessage()).append(")");
        }
        return out.toString();
    }

    /** What this start wrote to the console ({@code catalina.sh run}); a restart begins it afresh. */
    private String console() {
        try {
            return Files.readString(base.resolve("logs/console.log"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last {@code lines} lines of each file under logs/, for a failure message. */
    public String logTail(int lines) {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.list(base.resolve("logs"))) {
            for (Path f : files.sorted().toList()) {
                List<String> all = List.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n", -1));
                int from = Math.max(0, all.size() - lines);
                out.append("==== ").append(f.getFileName());
                out.append(from > 0 ? " (last " + lines + " of " + all.size() + " lines)" : "")
                        .append('\n');
                all.subList(from, all.size()).forEach(l -> out.append(l).append('\n'));
            }
        } catch (IOException | UncheckedIOException e) {
            out.append("(logs unreadable: ").append(e.getMessage()).append(")");
        }
        return out.toString();
    }

    /**
     * Kills Tomcat's JVM itself with SIGKILL, as a crash or the OOM killer would: no shutdown hook,
     * no context listener runs. {@code catalina.sh run} execs java, so this is normally the process
     * started; should a wrapper ever stay in between, its java child is the one killed.
     *
     * @return the command line of the JVM that was killed
     */
    public String killJvm() {
        ProcessHandle jvm = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No java process under " + process.info()));
        String command = jvm.info().commandLine().orElse(jvm.info().command().orElse("?"));
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(20, TimeUnit.SECONDS);
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The Tomcat JVM did not die within 20 s of SIGKILL", e);
        }
        process = null;
        return command;
    }

    /** Stops Tomcat gracefully (SIGTERM, then SIGKILL after 30 s) and keeps the base for a restart. */
    public void stop() {
        if (process != null) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            children.forEach(ProcessHandle::destroyForcibly);
            process = null;
        }
    }

    /** Stops Tomcat (SIGTERM, then SIGKILL after 30 s) with any child it made, and deletes the base. */
    @Override
    public void close() {
        stop();
        if (hookAdded) {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
            hookAdded = false;
        }
        deleteQuietly(base);
    }

    private static String serverXml(int port) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Server port="-1" shutdown="SHUTDOWN">
                  <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>
                  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener"/>
                  <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener"/>
                  <Service name="Catalina">
                    <Connector port="%d" address="127.0.0.1" protocol="HTTP/1.1" connectionTimeout="20000"/>
                    <Engine name="Catalina" defaultHost="localhost">
                      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
                    </Engine>
                  </Service>
                </Server>
                """
                .formatted(port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
