package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Mastodon's follows export ({@code Account address,Show boosts,Notify on new posts,Languages}, or
 * one address a line as older exports write it) imported into the reader: each address goes out as
 * a Follow through {@link RemoteFollowing}. A bad line is reported and the others go on; the file
 * and the number of accounts are bounded, since each account is looked up on its server.
 */
public final class FollowsImport {
    public static final String FIELD = MastodonCsv.FIELD;
    public static final int MAX_ACCOUNTS = MastodonCsv.MAX_ACCOUNTS;
    private static final String HEADER = MastodonCsv.HEADER;

    /** What the import did: follows sent, accounts already followed, and one line per problem. */
    public record Report(int followed, int alreadyFollowed, List<String> problems) {}

    private final RemoteFollowing following;

    public FollowsImport(RemoteFollowing following) {
        this.following = following;
    }

    /**
     * Follows every account of the CSV read from {@code in}.
     *
     * @throws InvalidInputException 422 on {@code file} for an empty, oversized or unreadable file
     */
    public Report importFollows(long accountId, InputStream in) {
        List<CSVRecord> rows = MastodonCsv.records(in);
        int followed = 0;
        int already = 0;
        List<String> problems = new ArrayList<>();
        int accounts = 0;
        for (CSVRecord row : rows) {
            String address = row.get(0).strip();
            if (address.isEmpty() || (row.getRecordNumber() == 1 && address.equalsIgnoreCase(HEADER))) {
                continue;
            }
            if (++accounts > MAX_ACCOUNTS) {
                problems.add(
                        "Only the first " + MAX_ACCOUNTS + " accounts were read; import the rest in another file.");
                break;
            }
            String line = "Line " + row.getRecordNumber() + " (" + address + "): ";
            try {
                following.follow(accountId, MastodonCsv.handle(address));
                followed++;
            } catch (InvalidInputException e) {
                String why = String.join(" ", e.fieldErrors().values());
                if (why.contains("already follow")) {
                    already++;
                } else {
                    problems.add(line + why);
                }
            } catch (ServiceException e) {
                problems.add(line + e.getMessage());
            }
        }
        if (accounts == 0) {
            throw InvalidInputException.of(FIELD, "The file lists no account address.");
        }
        return new Report(followed, already, List.copyOf(problems));
    }
}
