package dev.kakehashi.domain;

import java.time.Instant;

/**
 * One import of a WordPress export, with its progress and report.
 *
 * @param shortcodes shortcodes left as text, comma-separated
 * @param messages one line per skipped item or error, newest last
 */
public record WpImport(
        long id,
        String fileName,
        String filePath,
        String siteUrl,
        boolean keepPings,
        ImportState state,
        ImportPhase phase,
        int itemsTotal,
        int itemsDone,
        int errors,
        int postsImported,
        int commentsImported,
        int skipped,
        String shortcodes,
        String messages,
        Instant createdAt,
        Instant finishedAt) {
    public boolean finished() {
        return state.finished();
    }
}
