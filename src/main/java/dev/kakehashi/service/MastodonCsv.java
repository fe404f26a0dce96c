package dev.kakehashi.service;

import dev.kakehashi.service.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV files Mastodon's data export writes (follows, blocks, mutes), read for the reader's
 * imports: bounded in bytes, since each account in them is then looked up on its server.
 */
final class MastodonCsv {
    static final String FIELD = "file";
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_ACCOUNTS = 100;
    static final String HEADER = "Account address";
    private static final Pattern ADDRESS = Pattern.compile("@?[^@\\s,]+@[^@\\s,/]+\\.[^@\\s,/]+|https?://\\S+");

    private MastodonCsv() {}

    /**
     * Every record of the file read from {@code in}, empty lines left out.
     *
     * @throws InvalidInputException 422 on {@code file} for a missing, oversized or unreadable file
     */
    static List<CSVRecord> records(InputStream in) {
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .build()
                .parse(new StringReader(read(in)))) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInputException.of(FIELD, "The file is not a CSV file: " + e.getMessage());
        }
    }

    /** {@code user@host} as Mastodon writes it, with the {@code @} a handle is typed with. */
    static String handle(String address) {
        return address.startsWith("@") || address.contains("://") ? address : "@" + address;
    }

    /** Whether it has the shape of {@code user@host} or an actor URL (not whether it exists). */
    static boolean isAddress(String text) {
        return ADDRESS.matcher(text).matches();
    }

    /** The one-line reason a whole file is refused, naming its line. */
    static InvalidInputException refused(CSVRecord row, String why) {
        return InvalidInputException.of(FIELD, "Nothing was imported: line " + row.getRecordNumber() + " " + why);
    }

    private static String read(InputStream in) {
        if (in == null) {
            throw InvalidInputException.of(FIELD, "Choose the CSV file Mastodon exported.");
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(FIELD, "The file is over " + MAX_BYTES / 1024 + " KiB; split it.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
