package dev.kakehashi.it.moving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.it.KakehashiServer;
import dev.kakehashi.it.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An import stopped half-way (the server goes down between two batches) resumes when a new server
 * starts on the same data, and ends with what an uninterrupted import gives.
 */
class WordPressImportResumeIT {
    static KakehashiServer server;

    @BeforeAll
    static void start() {
        // One item per batch and one batch per job run, so the import is still going when we stop.
        server = KakehashiServer.fresh().with("import.batch", "1").with("import.budget.millis", "1");
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aRestartedServerFinishesTheImportWithTheSameResult() {
        WebClient admin = new WebClient(server).setUpAndLogIn("Harbour", "harbourmaster", "harbour-password-1");
        assertThat(WordPressImportIT.upload(admin, "blog.xml", "keep").status()).isEqualTo(303);
        server.runDueJobs();
        Element half = WordPressImportIT.newestImport(admin);
        int done = Integer.parseInt(half.selectFirst(".import-progress span").text());
        assertThat(done).as("stopped between batches").isBetween(1, 7);
        assertThat(half.selectFirst(".import-report")).isNull();

        server.stop();
        server.start();
        admin = new WebClient(server).logIn("harbourmaster", "harbour-password-1");
        Element report = WordPressImportIT.importToTheEnd(server, admin);
        assertThat(report.selectFirst(".import-progress span").text()).isEqualTo("8");
        assertThat(report.selectFirst(".posts-imported").text()).isEqualTo("7");
        assertThat(report.selectFirst(".comments-imported").text()).isEqualTo("4");
        assertThat(report.selectFirst(".skipped").text()).isEqualTo("1");
        WebClient reader = new WebClient(server);
        assertThat(reader.get("/articles/first-light").body()).contains("north pier", "Lovely fog photo");
        assertThat(reader.get("/articles/first-light-2").status())
                .as("no post imported twice")
                .isEqualTo(404);
        assertThat(reader.get("/articles/mending-nets-2").status()).isEqualTo(404);
    }
}
