package dev.kakehashi.it.admin;

import static dev.kakehashi.it.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The settings page lists the loaded plugins; switching one off takes effect at once. */
class PluginSettingsIT {
    static KakehashiServer server;
    static WebClient admin;

    @BeforeAll
    static void start() {
        server = KakehashiServer.fresh();
        PluginJar.writeStrikethroughPlugin(server.dataDir().resolve("plugins"));
        server.start();
        admin = new WebClient(server).setUpAndLogIn("Plugins IT", "tinker", "tinker-password-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String preview(String markdown) {
        String csrf = admin.get("/admin").csrf();
        return admin.send(HttpRequest.newBuilder(admin.uri("/admin/preview"))
                        .header("Content-Type", "text/plain;charset=utf-8")
                        .header("X-CSRF-Token", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(markdown)))
                .body();
    }

    private static WebClient.Page savePlugins(String... enabledIds) {
        var settings = admin.get("/admin/settings");
        StringBuilder body = new StringBuilder("_csrf=" + settings.csrf());
        for (String id : enabledIds) {
            body.append("&enabled=").append(id);
        }
        return admin.send(HttpRequest.newBuilder(admin.uri("/admin/settings/plugins"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    @Test
    void theSettingsPageListsTheInstalledPluginAsEnabled() {
        var settings = admin.get("/admin/settings/plugins");
        var box = settings.html().selectFirst("#plugins input[value=it-strike]");
        assertThat(box).isNotNull();
        assertThat(box.hasAttr("checked")).isTrue();
        assertThat(settings.html().select("#plugins label").text()).contains("Strikethrough (test)");
    }

    @Test
    void switchingAPluginOffAndOnChangesHowMarkdownRenders() {
        assertThat(savePlugins("it-strike").status()).isEqualTo(303);
        assertThat(preview("~~gone~~")).contains("<del>gone</del>");

        var off = savePlugins();
        assertThat(off.status()).isEqualTo(303);
        assertThat(admin.get(off.header("Location")).html().select(".notice").text())
                .isEqualTo("Plugins saved.");
        assertThat(admin.get("/admin/settings/plugins")
                        .html()
                        .selectFirst("#plugins input[value=it-strike]")
                        .hasAttr("checked"))
                .isFalse();
        assertThat(preview("~~gone~~")).doesNotContain("<del>");

        savePlugins("it-strike");
        assertThat(preview("~~gone~~")).contains("<del>gone</del>");
    }

    @Test
    void switchingPluginsWithoutOrWithAForgedCsrfTokenIsRefusedAndChangesNothing() {
        savePlugins("it-strike");
        assertThat(admin.postForm("/admin/settings/plugins", form()).status()).isEqualTo(403);
        assertThat(admin.postForm("/admin/settings/plugins", form("_csrf", "forged"))
                        .status())
                .isEqualTo(403);
        assertThat(preview("~~kept~~")).contains("<del>kept</del>");
    }
}
