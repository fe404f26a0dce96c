package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.IdRange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks a blocks or mutes file passes before any account is looked up or stored. */
class BlocksMutesImportTest {
    private final List<String> blocked = new ArrayList<>();
    private final List<String> lookedUp = new ArrayList<>();
    private final BlocksMutesImport imports = new BlocksMutesImport(new RecordingBlocks(), null, new RecordingLookup());

    @Test
    void aBlocksFileWithABadLineBlocksNobodyAndNamesTheLine() {
        assertThatThrownBy(() -> imports.importBlocks(true, csv("a@one.example\nnot an address\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("file"))
                        .startsWith("Nothing was imported: line 2 is not an account address"));
        assertThat(blocked).isEmpty();
    }

    @Test
    void blocksAreAnAdminsAndGoThroughTheBlocksOfTheBlog() {
        assertThatThrownBy(() -> imports.importBlocks(false, csv("a@one.example\n")))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).status()).isEqualTo(403));
        assertThat(blocked).isEmpty();

        var report = imports.importBlocks(true, csv("a@one.example\n@b@two.example\nhttps://three.example/u/c\n"));

        assertThat(report.done()).isEqualTo(3);
        assertThat(blocked).containsExactly("@a@one.example", "@b@two.example", "https://three.example/u/c");
    }

    @Test
    void aFileOfMoreThanAHundredAccountsIsRefusedWhole() {
        String many = "a@one.example\n".repeat(MastodonCsv.MAX_ACCOUNTS + 1);

        assertThatThrownBy(() -> imports.importBlocks(true, csv(many))).satisfies(e -> assertThat(
                        ((InvalidInputException) e).fieldErrors().get("file"))
                .contains("lists 101 accounts"));
        assertThat(blocked).isEmpty();
    }

    @Test
    void aMutesFileNeedsMastodonsHeaderAndTrueOrFalse() {
        assertThatThrownBy(() -> imports.importMutes(1, csv("a@one.example,true\n")))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("file"))
                        .contains("starts with the line \"Account address,Hide notifications\""));
        assertThatThrownBy(
                        () -> imports.importMutes(1, csv("Account address,Hide notifications\na@one.example,maybe\n")))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldErrors().get("file"))
                        .isEqualTo("Nothing was imported: line 2 is not an address followed by true or false."));
        assertThat(lookedUp).isEmpty();
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private final class RecordingBlocks implements BlockAdmin {
        @Override
        public List<Row> list() {
            return List.of();
        }

        @Override
        public List<Row> page(boolean domain, IdRange range) {
            return List.of();
        }

        @Override
        public Effect blockActor(String typed, String reason) {
            blocked.add(typed);
            return new Effect(typed, 0, 0, 0);
        }

        @Override
        public Effect blockDomain(String typed, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void lift(long id) {
            throw new UnsupportedOperationException();
        }
    }

    private final class RecordingLookup implements RemoteLookup {
        @Override
        public Optional<dev.kakehashi.domain.RemoteActor> account(String handle) {
            lookedUp.add(handle);
            return Optional.empty();
        }

        @Override
        public Optional<Found> url(String url) {
            return Optional.empty();
        }
    }
}
