package dev.kakehashi.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** {@code /metrics}: off unless a token is configured, then only for a scraper that sends it. */
public class MetricsIT {
    public static WebClient.Page scrape(WebClient client, String authorization) {
        var request = HttpRequest.newBuilder(client.uri("/metrics")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request);
    }

    @Test
    void metricsAreOffWithoutAToken() {
        try (KakehashiServer server = KakehashiServer.started()) {
            WebClient client = new WebClient(server);
            assertThat(scrape(client, null).status()).isEqualTo(404);
            assertThat(scrape(client, "Bearer anything").status()).isEqualTo(404);
        }
    }

    @Test
    void withATokenOnlyTheRightBearerSeesJvmPoolAndRequestMetrics() {
        try (KakehashiServer server = KakehashiServer.fresh()
                .with("metrics.token", "s3cret")
                .with("node.id", "metrics-node")
                .start()) {
            WebClient client = new WebClient(server);
            assertThat(client.get("/health", "application/json").status()).isEqualTo(200);
            assertThat(client.get("/before-setup-zq80").status()).isEqualTo(303);
            client.setUpAndLogIn("Metrics", "ops", "ops-password-1");
            assertThat(client.get("/no/such/page-zq81").status()).isEqualTo(404);
            String csrf = client.get("/admin/posts/new").csrf();
            var alt = client.postForm("/admin/media/987654321987/alt", WebClient.form("_csrf", csrf, "alt", "x"));
            assertThat(alt.status()).isEqualTo(404);

            var anonymous = scrape(client, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(anonymous.body()).doesNotContain("jvm_");
            assertThat(scrape(client, "Bearer wrong").status()).isEqualTo(401);
            assertThat(scrape(client, "Bearer s3cret-but-longer").status()).isEqualTo(401);
            assertThat(scrape(client, "Basic czNjcmV0").status()).isEqualTo(401);

            var page = scrape(client, "Bearer s3cret");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/plain");
            assertThat(page.body())
                    .contains("jvm_memory_used_bytes")
                    .containsPattern("jvm_memory_used_bytes\\{[^}]*node=\"metrics-node\"")
                    .contains("process_cpu_usage")
                    .containsPattern("hikaricp_connections_active\\{[^}]*pool=\"kakehashi\"")
                    .contains("http_server_requests_seconds_count{")
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\""
                            + "[^}]*uri=\"/health\"")
                    .containsPattern("method=\"GET\"[^}]*status=\"303\"[^}]*uri=\"REDIRECTION\"")
                    .containsPattern("status=\"404\"[^}]*uri=\"NOT_FOUND\"")
                    .containsPattern("method=\"POST\"[^}]*status=\"404\"[^}]*uri=\"/admin/media/\\{id}/alt\"")
                    .containsPattern("status=\"401\"[^}]*uri=\"/metrics\"")
                    .doesNotContain("zq80")
                    .doesNotContain("zq81")
                    .doesNotContain("987654321987");
        }
    }
}
