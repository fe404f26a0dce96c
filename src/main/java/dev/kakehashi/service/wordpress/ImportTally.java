package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.ImportPhase;
import dev.kakehashi.domain.ImportState;
import dev.kakehashi.domain.WpImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The running counts and report lines of one import, read from and written back to its row. */
final class ImportTally {
    /** Report lines kept; a huge blog's every skipped ping would not help anyone. */
    static final int MAX_MESSAGES = 200;

    int done;
    int errors;
    int posts;
    int comments;
    int skipped;
    final Set<String> shortcodes = new TreeSet<>();
    final List<String> messages = new ArrayList<>();

    static ImportTally of(WpImport i) {
        ImportTally t = new ImportTally();
        t.done = i.itemsDone();
        t.errors = i.errors();
        t.posts = i.postsImported();
        t.comments = i.commentsImported();
        t.skipped = i.skipped();
        if (i.shortcodes() != null && !i.shortcodes().isBlank()) {
            t.shortcodes.addAll(Arrays.asList(i.shortcodes().split(",")));
        }
        if (i.messages() != null && !i.messages().isBlank()) {
            t.messages.addAll(Arrays.asList(i.messages().split("\n")));
        }
        return t;
    }

    void note(String line) {
        if (messages.size() < MAX_MESSAGES) {
            messages.add(line.replaceAll("\\s+", " "));
        }
    }

    void skip(String line) {
        skipped++;
        note(line);
    }

    WpImport applyTo(WpImport i, ImportState state, java.time.Instant finishedAt) {
        return new WpImport(
                i.id(),
                i.fileName(),
                i.filePath(),
                i.siteUrl(),
                i.keepPings(),
                state,
                ImportPhase.ITEMS,
                i.itemsTotal(),
                done,
                errors,
                posts,
                comments,
                skipped,
                String.join(",", shortcodes),
                String.join("\n", messages),
                i.createdAt(),
                finishedAt);
    }
}
