package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.ImportPhase;
import dev.kakehashi.domain.ImportState;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.WpImport;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.error.ServiceException;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.WpImportRepository;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports WordPress exports. The upload is checked whole (a refused file leaves nothing behind) and
 * kept in the data folder; {@link #work} then imports it in batches, each batch in one transaction
 * with the import's progress, so a restart resumes after the last committed batch. Every WordPress
 * object is keyed by its WordPress id, so importing the same export again changes nothing.
 */
public final class WordPressImportService {
    private static final Logger log = LoggerFactory.getLogger(WordPressImportService.class);

    private final Transactions tx;
    private final WpImportRepository imports;
    private final AccountRepository accounts;
    private final WpAuthors authors;
    private final WpPostImporter postImporter;
    private final WpPageImporter pageImporter;
    private final WpCommentImporter commentImporter;
    private final WpMedia media;
    private final Path folder;
    private final int batchSize;
    private final long maxUnpackedBytes;
    private final Clock clock;

    public WordPressImportService(
            Transactions tx,
            WpImportRepository imports,
            AccountRepository accounts,
            WpImporters importers,
            Path folder,
            int batchSize,
            long maxUnpackedBytes,
            Clock clock) {
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.tx = tx;
        this.imports = imports;
        this.accounts = accounts;
        this.authors = importers.authors();
        this.postImporter = importers.posts();
        this.pageImporter = importers.pages();
        this.commentImporter = importers.comments();
        this.media = importers.media();
        this.folder = folder;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** An uploaded export written to the data folder, not checked yet. */
    public record Received(long id, Path file, String fileName) {}

    /**
     * Writes an upload to the data folder as it arrives (nothing is held in memory); a failed or
     * refused upload leaves nothing behind. A zip (Kakehashi's export with its media, or a WXR zipped
     * with its uploads) is kept as the import's uploads zip; {@link #start} takes the export out of it.
     */
    public Received receive(long adminId, String fileName, InputStream upload) {
        requireAdmin(adminId);
        long id = Snowflake.next();
        Path file = folder.resolve(id + ".xml");
        ImportFiles.write(upload, file);
        ImportFiles.keepZipAsUploads(file);
        String name = fileName == null || fileName.isBlank() ? "export.xml" : fileName.strip();
        return new Received(id, file, name.length() > 300 ? name.substring(0, 300) : name);
    }

    /**
     * Writes the zip of the old blog's {@code wp-content/uploads} that came with {@code export} next to
     * it, as it arrives; {@link #start} checks it.
     *
     * @throws WxrRefused when the export itself was a zip, which brings its own files
     */
    public void receiveUploads(Received export, InputStream zip) {
        Path file = ImportFiles.uploadsOf(export.file());
        if (Files.exists(file)) {
            throw new WxrRefused(
                    "Refused: the export is a zip that brings its own files; leave the images field empty.");
        }
        ImportFiles.write(zip, file);
    }

    /** Forgets an upload that will not be imported. */
    public void discard(Received upload) {
        ImportFiles.deleteQuietly(upload.file());
        ImportFiles.deleteQuietly(ImportFiles.uploadsOf(upload.file()));
    }

    /**
     * Checks a received export whole and queues its import.
     *
     * @return the import's id
     * @throws WxrRefused when the file is not a readable export (nothing is kept)
     */
    public long start(Received upload, boolean keepPings) {
        long id = upload.id();
        Path file = upload.file();
        int total;
        try {
            ImportFiles.prepare(file, maxUnpackedBytes);
            try (InputStream in = Files.newInputStream(file)) {
                total = WxrReader.count(in);
            }
        } catch (IOException | RuntimeException e) {
            discard(upload);
            if (e instanceof ServiceException s) {
                throw s;
            }
            throw new WxrRefused("Could not read the uploaded file: " + e.getMessage());
        }
        tx.run(() -> {
            imports.add(id, upload.fileName(), file.toString(), keepPings, clock.instant());
            WpImport row = imports.byId(id).orElseThrow();
            imports.save(new WpImport(
                    id,
                    row.fileName(),
                    row.filePath(),
                    null,
                    keepPings,
                    ImportState.QUEUED,
                    ImportPhase.ITEMS,
                    total,
                    0,
                    0,
                    0,
                    0,
                    0,
                    "",
                    "",
                    row.createdAt(),
                    null));
        });
        log.info("WordPress import {} queued: {} item(s) in {}", id, total, upload.fileName());
        return id;
    }

    public Optional<WpImport> byId(long id) {
        return tx.call(() -> imports.byId(id));
    }

    public List<WpImport> recent() {
        return tx.call(() -> imports.recent(10));
    }

    /**
     * Imports batches of the oldest unfinished import until it is done or {@code budget} has passed.
     *
     * @return whether an import still has items left
     */
    public boolean work(Duration budget) {
        Optional<WpImport> next = tx.call(imports::nextUnfinished);
        if (next.isEmpty()) {
            return false;
        }
        WpImport run = next.get();
        Instant stop = clock.instant().plus(budget);
        Path zipFile = ImportFiles.uploadsOf(Path.of(run.filePath()));
        try (InputStream in = Files.newInputStream(Path.of(run.filePath()));
                WxrReader reader = new WxrReader(in);
                UploadsZip zip = Files.exists(zipFile) ? UploadsZip.open(zipFile) : null) {
            for (int i = 0; i < run.itemsDone(); i++) {
                reader.next(); // done in an earlier batch
            }
            while (true) {
                List<WxrItem> batch = new ArrayList<>(batchSize);
                for (WxrItem item = reader.next();
                        item != null;
                        item = batch.size() < batchSize ? reader.next() : null) {
                    batch.add(item);
                }
                if (batch.isEmpty()) {
                    finish(run, ImportState.DONE, null);
                    return false;
                }
                run = batch(run, batch, reader, zip);
                if (!clock.instant().isBefore(stop)) {
                    return true;
                }
            }
        } catch (WxrRefused e) {
            finish(run, ImportState.FAILED, e.getMessage());
            return false;
        } catch (IOException e) {
            log.warn("WordPress import {} cannot read {}: {}", run.id(), run.filePath(), e.getMessage());
            finish(run, ImportState.FAILED, "The uploaded file is gone from the data folder: " + e.getMessage());
            return false;
        }
    }

    /** One batch in one transaction; when it fails, item by item, so one bad item fails alone. */
    private WpImport batch(WpImport run, List<WxrItem> batch, WxrReader reader, UploadsZip zip) {
        WpImport before = run;
        String site = reader.siteUrl();
        WpMedia.Source images = new WpMedia.Source(site, zip);
        try {
            return tx.call(() -> {
                ImportTally tally = ImportTally.of(before);
                for (WxrItem item : batch) {
                    item(before, images, item, reader, tally);
                    tally.done++;
                }
                return save(before, site, tally);
            });
        } catch (RuntimeException batchFailed) {
            WpImport current = before;
            for (WxrItem item : batch) {
                WpImport at = current;
                try {
                    current = tx.call(() -> {
                        ImportTally tally = ImportTally.of(at);
                        item(at, images, item, reader, tally);
                        tally.done++;
                        return save(at, site, tally);
                    });
                } catch (RuntimeException e) {
                    log.warn("WordPress import {}: item {} failed: {}", run.id(), item.postId(), e.toString());
                    current = tx.call(() -> {
                        ImportTally tally = ImportTally.of(at);
                        tally.errors++;
                        tally.note("Item " + item.postId() + " \"" + item.title() + "\" failed: " + e.getMessage());
                        tally.done++;
                        return save(at, site, tally);
                    });
                }
            }
            return current;
        }
    }

    private WpImport save(WpImport run, String site, ImportTally tally) {
        WpImport withSite = new WpImport(
                run.id(),
                run.fileName(),
                run.filePath(),
                site,
                run.keepPings(),
                run.state(),
                run.phase(),
                run.itemsTotal(),
                run.itemsDone(),
                run.errors(),
                run.postsImported(),
                run.commentsImported(),
                run.skipped(),
                run.shortcodes(),
                run.messages(),
                run.createdAt(),
                null);
        WpImport saved = tally.applyTo(withSite, ImportState.RUNNING, null);
        imports.save(saved);
        return saved;
    }

    private void item(WpImport run, WpMedia.Source images, WxrItem item, WxrReader reader, ImportTally tally) {
        switch (item.type()) {
            case "post" -> post(run, images, item, reader, tally);
            case WpPostImporter.PAGE_TYPE -> pageImporter.importPage(
                    item, authors.forLogin(item.creator(), reader.authors(), this::firstAdmin), images, tally);
            case "attachment" -> attachment(images, item, reader, tally);
            default -> {} // menus, reusable blocks, templates: WordPress's own machinery
        }
    }

    private void post(WpImport run, WpMedia.Source images, WxrItem item, WxrReader reader, ImportTally tally) {
        Long postId = imports.localId(WpPostImporter.POST, item.postId()).orElse(null);
        if (postId == null) {
            if (imports.mapped(WpPostImporter.POST, item.postId())) {
                return; // skipped on an earlier run
            }
            Account author = authors.forLogin(item.creator(), reader.authors(), this::firstAdmin);
            postId = postImporter.importPost(item, author, images, tally);
            if (postId == null) {
                imports.map(WpPostImporter.POST, item.postId(), null, null, null);
                return;
            }
        }
        commentImporter.importAll(postId, host(images.site()), item.comments(), run.keepPings(), tally);
    }

    /**
     * An attachment's image is imported (its alt text kept); its address is then the new image's path
     * (for {@code [gallery]}, {@code /?attachment_id=ID}), and its attachment page's old path is kept.
     */
    private void attachment(WpMedia.Source images, WxrItem item, WxrReader reader, ImportTally tally) {
        if (imports.mapped(WpMedia.ATTACHMENT, item.postId())) {
            return;
        }
        String url = item.attachmentUrl().isBlank() ? attachmentUrl(item) : item.attachmentUrl();
        Account owner = authors.forLogin(item.creator(), reader.authors(), this::firstAdmin);
        String alt = item.meta().getOrDefault("_wp_attachment_image_alt", "");
        String stored = media.attachment(url, images, owner.id(), alt, tally)
                .map(Links::mediaPath)
                .orElse(url);
        String page = WpPostImporter.pagePath(item.link());
        imports.map(WpMedia.ATTACHMENT, item.postId(), null, page, stored);
    }

    /** Posts whose author has no usable login go to the first admin. */
    private long firstAdmin() {
        return accounts.all().stream()
                .filter(Account::isAdmin)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String attachmentUrl(WxrItem item) {
        String guid = item.guid();
        return guid.startsWith("http") ? guid : null;
    }

    private static String host(String site) {
        try {
            String h = site == null ? null : URI.create(site).getHost();
            return h == null ? "wordpress" : h;
        } catch (IllegalArgumentException e) {
            return "wordpress";
        }
    }

    private void finish(WpImport run, ImportState state, String message) {
        tx.run(() -> {
            WpImport current = imports.byId(run.id()).orElse(run);
            ImportTally tally = ImportTally.of(current);
            if (message != null) {
                tally.errors++;
                tally.note(message);
            }
            imports.save(tally.applyTo(current, state, clock.instant()));
        });
        log.info("WordPress import {} {}", run.id(), state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void requireAdmin(long adminId) {
        tx.run(() -> {
            Account a = accounts.byId(adminId).orElseThrow(() -> ServiceException.forbidden("Not logged in"));
            if (!a.isAdmin()) {
                throw ServiceException.forbidden("Only an admin can import a blog");
            }
        });
    }
}
