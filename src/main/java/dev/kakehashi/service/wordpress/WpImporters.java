package dev.kakehashi.service.wordpress;

import dev.kakehashi.service.EventBus;
import dev.kakehashi.service.PostRendering;
import dev.kakehashi.service.PostScheduler;
import dev.kakehashi.service.SitePageService;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.media.MediaService;
import dev.kakehashi.store.AccountRepository;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.WpImportRepository;
import dev.kakehashi.store.WpUploadRepository;
import java.time.Clock;

/** The parts an import is made of: authors, posts, pages, comments and images. */
public record WpImporters(
        WpAuthors authors, WpPostImporter posts, WpPageImporter pages, WpCommentImporter comments, WpMedia media) {
    public static WpImporters of(
            Transactions tx,
            AccountRepository accounts,
            PostRepository posts,
            CommentRepository comments,
            WpImportRepository map,
            HtmlSanitizer sanitizer,
            PostRendering rendering,
            PostScheduler scheduler,
            EventBus events,
            MediaService media,
            OldSiteFiles oldSite,
            SitePageService sitePages,
            Clock clock) {
        WpContent content = new WpContent(sanitizer);
        WpMedia images = new WpMedia(new WpUploadRepository(tx), media, oldSite);
        return new WpImporters(
                new WpAuthors(tx, accounts, map, events, clock),
                new WpPostImporter(tx, posts, map, content, images, rendering, scheduler, new PinRepository(tx), clock),
                new WpPageImporter(map, sitePages, content, images, clock),
                new WpCommentImporter(comments, map, content, sanitizer, clock),
                images);
    }
}
