package dev.kakehashi.admin;

import dev.kakehashi.domain.WpImport;
import java.util.Arrays;
import java.util.List;

/** One WordPress import as the Settings → Import page shows it. */
public record ImportAdminView(
        long id,
        String fileName,
        String stateText,
        boolean finished,
        int done,
        int total,
        int errors,
        int posts,
        int comments,
        int skipped,
        String shortcodes,
        List<String> messages) {
    static ImportAdminView of(WpImport i) {
        String state =
                switch (i.state()) {
                    case QUEUED -> "Waiting to start";
                    case RUNNING -> "Importing";
                    case DONE -> "Finished";
                    case FAILED -> "Stopped: the file could not be read to the end";
                };
        List<String> messages = i.messages() == null || i.messages().isBlank()
                ? List.of()
                : Arrays.asList(i.messages().split("\n"));
        return new ImportAdminView(
                i.id(),
                i.fileName(),
                state,
                i.finished(),
                i.itemsDone(),
                i.itemsTotal(),
                i.errors(),
                i.postsImported(),
                i.commentsImported(),
                i.skipped(),
                i.shortcodes() == null ? "" : i.shortcodes().replace(",", ", "),
                messages);
    }
}
