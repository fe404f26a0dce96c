package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Media;
import dev.kakehashi.service.Links;
import dev.kakehashi.service.SiteService;
import dev.kakehashi.service.media.MediaFiles;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.MediaRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.SitePageRepository;
import dev.kakehashi.store.Transactions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Settings → Export: the whole blog as a WordPress export (WXR 1.2) in the shape the importer reads,
 * so that exporting and importing into a fresh blog loses nothing; or a zip of that file and every
 * uploaded file. The blog's pages are WordPress pages, with their parent and menu order. Both are
 * written as a stream, a page of posts at a time, never whole in memory.
 */
public final class WordPressExportService {
    /** Posts (with their comments) or uploads read per transaction. */
    static final int PAGE = 100;
    /** The export's name inside the zip. */
    public static final String ZIP_WXR = "wordpress-export.xml";
    /** The folder of the uploads inside the zip. */
    public static final String ZIP_MEDIA = "media/";

    private final Transactions tx;
    private final AccountRepository accounts;
    private final PostRepository posts;
    private final SitePageRepository pages;
    private final MediaRepository media;
    private final MediaFiles files;
    private final WxrItems items;
    private final SiteService site;
    private final Links links;

    public WordPressExportService(
            Transactions tx,
            AccountRepository accounts,
            PostRepository posts,
            SitePageRepository pages,
            MediaRepository media,
            MediaFiles files,
            WxrItems items,
            SiteService site,
            Links links) {
        this.tx = tx;
        this.accounts = accounts;
        this.posts = posts;
        this.pages = pages;
        this.media = media;
        this.files = files;
        this.items = items;
        this.site = site;
        this.links = links;
    }

    /** Writes the WXR to {@code out} (left open). */
    public void writeWxr(OutputStream out) {
        try (WxrWriter w = new WxrWriter(out)) {
            w.start(site.current().title(), links.base(), site.current().description());
            List<Account> all = tx.read(accounts::all);
            all.forEach(a -> w.author(new WxrAuthor(a.id(), a.username(), a.email(), a.displayName())));
            long after = 0;
            while (true) {
                long from = after;
                List<WxrItem> page = tx.read(() -> items.of(posts.allAfter(from, PAGE)));
                page.forEach(w::item);
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).postId();
            }
            Map<Long, String> usernames = all.stream().collect(Collectors.toMap(Account::id, Account::username));
            tx.read(pages::all).forEach(p -> w.item(items.page(p, usernames.getOrDefault(p.authorId(), ""))));
            forEachUpload(m -> w.item(items.attachment(m)));
            w.end();
        }
    }

    /** Writes a zip of the WXR and every uploaded file (under {@value #ZIP_MEDIA}) to {@code out}. */
    public void writeZip(OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(ZIP_WXR));
            writeWxr(zip); // XMLStreamWriter.close leaves the stream (and the zip) open
            zip.closeEntry();
            forEachUpload(m -> files.find(m.fileName()).ifPresent(f -> {
                try {
                    zip.putNextEntry(new ZipEntry(ZIP_MEDIA + m.fileName()));
                    Files.copy(f.path(), zip);
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forEachUpload(java.util.function.Consumer<Media> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<Media> page = tx.read(() -> media.allAfter(from, PAGE));
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
