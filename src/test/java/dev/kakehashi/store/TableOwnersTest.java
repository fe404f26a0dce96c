package dev.kakehashi.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One repository per table (issue 8): the SQL that writes a table below is written only in the files
 * that own it. Another repository may join the table read-only in one statement (docs/architecture.md,
 * "Storage"), never write it. The main sources are read as text: a statement is a string literal
 * that begins with its write, as {@link TableWrites} reads it at run time.
 */
class TableOwnersTest {
    /** Table → the files allowed to write it. A table joins this map once its writes are in one place. */
    private static final Map<String, Set<String>> OWNERS =
            Map.of("post_comment", Set.of("CommentRepository.java", "CommentBatch.java"));

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void onlyItsOwnersWriteAnOwnedTable() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> strays.addAll(strayWrites(f)));
        }
        assertThat(strays).as("writes of a table outside the files that own it").isEmpty();
    }

    @Test
    void aStrayWriteIsFoundInAnotherFileWhateverItsCaseAndIndent() {
        assertThat(strayWrites("BlockEffectRepository.java", "q(\"  UPDATE post_comment set status = :s\" + w)"))
                .containsExactly("BlockEffectRepository.java: UPDATE post_comment set status = :s");
        assertThat(strayWrites("CommentRepository.java", "q(\"update post_comment set status = :s\")"))
                .isEmpty();
        assertThat(strayWrites("NotificationRepository.java", "q(\" left join post_comment c on c.id = n.id\")"))
                .isEmpty();
    }

    @Test
    void theSourcesAreWhereTheTestLooks() {
        // Run from elsewhere, the walk would find nothing and the first test could not fail.
        assertThat(MAIN.resolve("dev/kakehashi/store/CommentRepository.java")).exists();
    }

    private static List<String> strayWrites(Path file) {
        try {
            return strayWrites(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strayWrites(String fileName, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
            String table = TableWrites.writtenTable(m.group(1));
            Set<String> owners = table == null ? null : OWNERS.get(table);
            if (owners != null && !owners.contains(fileName)) {
                found.add(fileName + ": " + m.group(1).strip());
            }
        }
        return found;
    }
}
