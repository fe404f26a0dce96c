package dev.kakehashi.federation.delivery;

import com.sun.net.httpserver.HttpServer;
import dev.kakehashi.federation.signature.RequestSigner;
import dev.kakehashi.federation.signature.SigningKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the first fan-out after a start would otherwise do cold, done once on a delivery thread
 * after start-up: the signing key is loaded, and every HTTP client signs and sends a few POSTs to a
 * throwaway receiver on the loopback interface (starting its selector thread and loading its
 * connection and exchange code, the signer's and the digest's). Nothing leaves the machine and no
 * row is touched. Before, the first post after a start reached 1,000 inboxes about twice as slowly
 * as the next ones (docs/fanout-benchmark.md).
 */
final class DeliveryWarmUp {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWarmUp.class);
    /** POSTs per client: enough for the interpreter to hand the send path to the JIT. */
    static final int POSTS_PER_CLIENT = 8;

    private final HttpClient[] clients;
    private final RequestSigner signer;
    private final Supplier<SigningKey> key;
    private final String userAgent;

    DeliveryWarmUp(HttpClient[] clients, RequestSigner signer, Supplier<SigningKey> key, String userAgent) {
        this.clients = clients;
        this.signer = signer;
        this.key = key;
        this.userAgent = userAgent;
    }

    /** Never throws: a warm-up that fails leaves the first fan-out as slow as it was. */
    void run() {
        long started = System.nanoTime();
        HttpServer receiver = null;
        try {
            SigningKey signing = key.get();
            receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            receiver.createContext("/inbox", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            receiver.start();
            URI target = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/inbox");
            byte[] body = "{\"type\":\"Create\"}".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < POSTS_PER_CLIENT; i++) {
                for (HttpClient client : clients) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(target)
                            .timeout(DeliveryWorker.TIMEOUT)
                            .header("Content-Type", DeliveryWorker.CONTENT_TYPE)
                            .header("User-Agent", userAgent)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                    signer.sign("POST", target, body, DeliveryWorker.CONTENT_TYPE, signing)
                            .forEach(request::header);
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                }
            }
            log.debug("Delivery warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            // LinkageError: a runtime without the jdk.httpserver module.
            log.debug("Delivery not warmed up: {}", e.toString());
        } finally {
            if (receiver != null) {
                receiver.stop(0);
            }
        }
    }
}
