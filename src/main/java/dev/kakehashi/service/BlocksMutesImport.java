package dev.kakehashi.service;

import dev.kakehashi.domain.RemoteActor;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * Mastodon's blocks export ({@code blocked_accounts.csv}: one {@code user@host} a line) and mutes
 * export ({@code muted_accounts.csv}: {@code Account address,Hide notifications}) imported in the
 * reader. The whole file is checked before anything is stored, so a file of the wrong kind is
 * refused in one line; then each account is looked up on its server while the page waits, as the
 * follows import does, and an account that cannot be found is reported while the others go on.
 * Blocks are the blog's (as on the admin's Blocks page), so only an admin may import them; mutes
 * are the author's own.
 */
public final class BlocksMutesImport {
    static final String REASON = "Imported from Mastodon's blocks export";
    private static final String HIDE = "Hide notifications";

    /** What an import did: accounts blocked or muted, accounts that already were, one line per problem. */
    public record Report(int done, int already, List<String> problems) {}

    private record Entry(long line, String address, boolean hideNotifications) {}

    private final BlockAdmin blocks;
    private final MuteService mutes;
    private final RemoteLookup lookup;

    public BlocksMutesImport(BlockAdmin blocks, MuteService mutes, RemoteLookup lookup) {
        this.blocks = blocks;
        this.mutes = mutes;
        this.lookup = lookup;
    }

    /**
     * Blocks every account of the file for the whole blog.
     *
     * @throws ServiceException 403 unless {@code admin}
     * @throws InvalidInputException 422 on {@code file} for a file that is not a blocks export
     */
    public Report importBlocks(boolean admin, InputStream in) {
        if (!admin) {
            throw ServiceException.forbidden("Only an admin can import blocks: a block applies to the whole blog.");
        }
        List<Entry> entries = new ArrayList<>();
        for (CSVRecord row : MastodonCsv.records(in)) {
            if (row.size() != 1) {
                throw MastodonCsv.refused(
                        row, "has " + row.size() + " columns; Mastodon's blocks export has one address a line.");
            }
            entries.add(new Entry(row.getRecordNumber(), address(row), true));
        }
        return run(entries, e -> {
            try {
                blocks.blockActor(MastodonCsv.handle(e.address()), REASON);
                return true;
            } catch (ServiceException x) {
                if (x.status() == 409) {
                    return false;
                }
                throw x;
            }
        });
    }

    /**
     * Mutes every account of the file for the author, for good, hiding their notifications as the
     * file says.
     *
     * @throws InvalidInputException 422 on {@code file} for a file that is not a mutes export
     */
    public Report importMutes(long accountId, InputStream in) {
        List<CSVRecord> rows = MastodonCsv.records(in);
        if (rows.isEmpty()
                || !rows.get(0).get(0).equalsIgnoreCase(MastodonCsv.HEADER)
                || rows.get(0).size() < 2
                || !rows.get(0).get(1).equalsIgnoreCase(HIDE)) {
            throw InvalidInputException.of(
                    MastodonCsv.FIELD,
                    "Nothing was imported: a mutes export starts with the line \"" + MastodonCsv.HEADER + "," + HIDE
                            + "\".");
        }
        List<Entry> entries = new ArrayList<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            String hide = row.size() < 2 ? "true" : row.get(1).toLowerCase(Locale.ROOT);
            if (row.size() > 2 || !(hide.equals("true") || hide.equals("false"))) {
                throw MastodonCsv.refused(row, "is not an address followed by true or false.");
            }
            entries.add(new Entry(row.getRecordNumber(), address(row), hide.equals("true")));
        }
        return run(entries, e -> {
            RemoteActor actor = lookup.account(MastodonCsv.handle(e.address()))
                    .orElseThrow(() -> new ServiceException(422, "no such account, or its server could not be asked."));
            boolean already = mutes.isMuted(accountId, actor.uri());
            mutes.mute(accountId, actor.id(), e.hideNotifications(), 0);
            return !already;
        });
    }

    /** One account: true when it was blocked or muted now, false when it already was. */
    private interface Step {
        boolean apply(Entry e);
    }

    private static Report run(List<Entry> entries, Step step) {
        if (entries.isEmpty()) {
            throw InvalidInputException.of(
                    MastodonCsv.FIELD, "Nothing was imported: the file lists no account address.");
        }
        if (entries.size() > MastodonCsv.MAX_ACCOUNTS) {
            throw InvalidInputException.of(
                    MastodonCsv.FIELD,
                    "Nothing was imported: the file lists " + entries.size() + " accounts; import at most "
                            + MastodonCsv.MAX_ACCOUNTS + " a file.");
        }
        int done = 0;
        int already = 0;
        List<String> problems = new ArrayList<>();
        for (Entry e : entries) {
            try {
                if (step.apply(e)) {
                    done++;
                } else {
                    already++;
                }
            } catch (InvalidInputException x) {
                problems.add(line(e) + String.join(" ", x.fieldErrors().values()));
            } catch (ServiceException x) {
                problems.add(line(e) + x.getMessage());
            }
        }
        return new Report(done, already, List.copyOf(problems));
    }

    private static String line(Entry e) {
        return "Line " + e.line() + " (" + e.address() + "): ";
    }

    /** The record's address, checked for its shape before anything is looked up. */
    private static String address(CSVRecord row) {
        String a = row.get(0).strip();
        if (!MastodonCsv.isAddress(a)) {
            throw MastodonCsv.refused(row, "is not an account address (user@host): \"" + clip(a) + "\".");
        }
        return a;
    }

    private static String clip(String s) {
        return Optional.of(s).filter(t -> t.length() <= 80).orElseGet(() -> s.substring(0, 80) + "…");
    }
}
