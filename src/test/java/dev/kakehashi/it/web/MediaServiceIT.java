package dev.kakehashi.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kakehashi.app.BlogComponent;
import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Role;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.it.TestDatabase;
import dev.kakehashi.service.media.MediaService;
import dev.kakehashi.service.media.TestImages;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.Transactions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The file and the row of an upload appear together or not at all, on the real database, through the
 * media service the blog module builds ({@link BlogComponent}).
 */
class MediaServiceIT {
    Path dataDir;
    TestDatabase testDb;
    BlogComponent app;
    Transactions tx;
    MediaRepository repo;
    MediaService media;
    long owner;

    @BeforeEach
    void open() throws Exception {
        dataDir = Files.createTempDirectory("kakehashi-media-");
        testDb = TestDatabase.migrated(dataDir);
        app = BlogComponent.open(dataDir, testDb.settings(dataDir, "max.upload.bytes", "1000000"));
        tx = app.tx();
        repo = new MediaRepository(tx);
        media = app.media();
        owner = Snowflake.next();
        tx.run(() -> new AccountRepository(tx)
                .add(new Account(
                        owner,
                        "owner",
                        "owner@example.com",
                        "Owner",
                        Role.ADMIN,
                        "x",
                        Clock.systemUTC().instant())));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        testDb.drop();
    }

    private long filesStored() throws Exception {
        Path dir = dataDir.resolve("media");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void anUploadStoresOneFileAndOneRow() throws Exception {
        var m = media.upload(owner, new ByteArrayInputStream(TestImages.jpeg(8, 8)), "a.jpg", "alt");
        assertThat(filesStored()).isEqualTo(1);
        assertThat(tx.call(() -> repo.byId(m.id())).map(x -> x.altText())).hasValue("alt");
        assertThat(media.file(m.fileName())).isPresent();
    }

    @Test
    void whenTheRowCannotBeStoredNoFileIsLeft() throws Exception {
        long nobody = Snowflake.next();
        assertThatThrownBy(() -> media.upload(nobody, new ByteArrayInputStream(TestImages.jpeg(8, 8)), "a.jpg", ""))
                .isInstanceOf(RuntimeException.class);
        assertThat(filesStored()).isZero();
    }

    @Test
    void whenTheSurroundingUnitOfWorkFailsTheFileIsRemoved() throws Exception {
        long[] id = new long[1];
        assertThatThrownBy(() -> tx.run(() -> {
                    id[0] = media.upload(owner, new ByteArrayInputStream(TestImages.jpeg(8, 8)), "a.jpg", "")
                            .id();
                    throw new IllegalStateException("a later step of the same request failed");
                }))
                .hasMessageContaining("later step");
        assertThat(filesStored()).isZero();
        assertThat(tx.call(() -> repo.byId(id[0]))).isEmpty();
    }

    @Test
    void onlyTheOwnerOrAnAdminMayChangeTheAltText() {
        var m = media.upload(owner, new ByteArrayInputStream(TestImages.jpeg(8, 8)), "a.jpg", "old");
        long stranger = Snowflake.next();
        assertThatThrownBy(() -> media.describe(stranger, false, m.id(), "hijacked"))
                .hasMessageContaining("your own images");
        assertThat(media.describe(stranger, true, m.id(), "fixed by an admin").altText())
                .isEqualTo("fixed by an admin");
        assertThat(tx.call(() -> repo.byId(m.id()).orElseThrow().altText())).isEqualTo("fixed by an admin");
    }
}
