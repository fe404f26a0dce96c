package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.PostLimits;
import dev.kakehashi.domain.PostStatus;
import dev.kakehashi.domain.Snowflake;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.service.PinService;
import dev.kakehashi.service.PostRendering;
import dev.kakehashi.service.PostScheduler;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.service.content.Slugs;
import dev.kakehashi.service.content.Tags;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import dev.kakehashi.store.WpImportRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One WordPress post (not a page: {@link WpPageImporter}) as a Kakehashi post, written quietly: no PostPublished event, so it is in the
 * outbox collection and fetchable, but no follower is sent a Create for a post from 2015.
 */
final class WpPostImporter {
    static final String POST = "POST";
    /**
     * A page's old address ({@code /about/team/}) when imports made pages unlisted articles; pages
     * are now {@link WpPageImporter}'s, and these mappings only keep older imports' addresses.
     */
    static final String PAGE = "PAGE";

    static final String PAGE_TYPE = "page";
    private static final Set<String> SHORT_FORMATS = Set.of("status", "aside", "quote");
    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}\\p{M}_]*\\p{Ll}[\\p{L}\\p{N}\\p{M}_]*\\p{Lu}[\\p{L}\\p{N}\\p{M}_]*");

    private final Transactions tx;
    private final PostRepository posts;
    private final WpImportRepository map;
    private final WpContent content;
    private final WpMedia media;
    private final PostRendering rendering;
    private final PostScheduler scheduler;
    private final PinRepository pins;
    private final Clock clock;

    WpPostImporter(
            Transactions tx,
            PostRepository posts,
            WpImportRepository map,
            WpContent content,
            WpMedia media,
            PostRendering rendering,
            PostScheduler scheduler,
            PinRepository pins,
            Clock clock) {
        this.tx = tx;
        this.posts = posts;
        this.map = map;
        this.content = content;
        this.media = media;
        this.rendering = rendering;
        this.scheduler = scheduler;
        this.pins = pins;
        this.clock = clock;
    }

    /** The new post's id, or null when the item was skipped (the tally says why). */
    Long importPost(WxrItem item, Account author, WpMedia.Source images, ImportTally tally) {
        String status = item.status();
        if (!Set.of("publish", "future", "draft", "pending", "private").contains(status)) {
            tally.skip("Post " + item.postId() + " (" + status + ") skipped: only published, scheduled, draft and"
                    + " private posts are imported.");
            return null;
        }
        WpContent.Converted converted =
                content.convert(item.content(), id -> map.url("ATTACHMENT", id).orElse(null));
        tally.shortcodes.addAll(converted.unknownShortcodes());
        boolean isShort = SHORT_FORMATS.contains(item.format());
        String html = media.rewrite(converted.html(), images, author.id(), tally);
        if (html.length() > (isShort ? PostLimits.SHORT_POST_MAX_CHARS : PostLimits.BODY_MAX_CHARS)) {
            if (!isShort) {
                throw new WxrRefused(
                        "Post " + item.postId() + " is longer than " + PostLimits.BODY_MAX_CHARS + " characters.");
            }
            isShort = false; // too long for a short post: an article keeps it whole
        }
        Instant date = item.date() != null ? item.date() : clock.instant();
        Post post = new Post(Snowflake.next(), author, isShort ? PostKind.NOTE : PostKind.ARTICLE, date);
        String title = null;
        String slug = null;
        String excerpt = null;
        if (!isShort) {
            title = clip(
                    item.title().isBlank() ? "Untitled (WordPress " + item.postId() + ")" : item.title(),
                    PostLimits.TITLE_MAX_CHARS);
            slug = slug(item, title, post.id());
            String ex = HtmlSanitizer.text(item.excerpt()).strip();
            excerpt = ex.isEmpty() ? null : clip(ex, PostLimits.EXCERPT_MAX_CHARS);
        }
        post.write(new PostContent(title, slug, html, excerpt, null, tags(item), List.of()), html, date);
        rendering.render(post);
        posts.add(post);
        // A Kakehashi export keeps the visibilities WordPress has no status for.
        Visibility kept = Visibility.parse(item.meta().get(WxrItems.VISIBILITY_META));
        switch (status) {
            case "publish" -> {
                if (kept == Visibility.UNLISTED) {
                    post.visibility(Visibility.UNLISTED);
                }
                post.publish(date);
            }
            case "future" -> {
                if (date.isAfter(clock.instant())) {
                    post.schedule(date, date);
                    long id = post.id();
                    tx.afterCommit(() -> scheduler.schedule(id, date));
                } else {
                    post.publish(date);
                }
            }
            case "private" -> {
                // Only its readers saw it on WordPress: here, only the author's followers do.
                post.visibility(kept == Visibility.DIRECT ? Visibility.DIRECT : Visibility.PRIVATE);
                post.publish(date);
                tally.note("Post " + item.postId() + " \"" + item.title()
                        + "\" was private: imported for followers only.");
            }
            default -> {}
        }
        map.flush(); // the comments and the pin are inserted with SQL and refer to the post
        if (item.sticky()) {
            pin(item, post, author, tally);
        }
        map.map(POST, item.postId(), post.id(), item.name().isBlank() ? null : clip(item.name(), 200), null);
        tally.posts++;
        return post.id();
    }

    /** A sticky post is pinned to its author's profile (WordPress's newest sticky first, as there). */
    private void pin(WxrItem item, Post post, Account author, ImportTally tally) {
        if (post.status() != PostStatus.PUBLISHED) {
            tally.note("Post " + item.postId() + " was sticky but is not published: not pinned.");
        } else if (pins.of(author.id()).size() >= PinService.MAX_PINS) {
            tally.note("Post " + item.postId() + " was sticky: not pinned, " + author.username() + " already has "
                    + PinService.MAX_PINS + " pinned posts.");
        } else {
            pins.add(author.id(), post.id(), post.publishedAt());
        }
    }

    private String slug(WxrItem item, String title, long id) {
        String wanted = Slugs.fromTitle(decode(item.name()), PostLimits.SLUG_MAX_CHARS - 12);
        String base = wanted.isEmpty() ? Slugs.fromTitle(title, PostLimits.SLUG_MAX_CHARS - 12) : wanted;
        if (base.isEmpty()) {
            base = "wp-" + item.postId();
        }
        String candidate = base;
        for (int n = 2; posts.slugTaken(candidate, id); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** The path of a page's old permalink without its slashes, or null (plain permalinks, too long). */
    static String pagePath(String link) {
        try {
            String path = java.net.URI.create(link.strip()).getPath();
            String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
            return p.isEmpty() || p.length() > 200 ? null : p;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** WordPress stores non-Latin slugs percent-encoded. */
    private static String decode(String name) {
        try {
            return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** Categories and tags both become tags; "Uncategorized" is WordPress's default, not a choice. */
    private static Set<String> tags(WxrItem item) {
        Set<String> tags = new LinkedHashSet<>();
        for (String raw : concat(item.categories(), item.tags())) {
            String cleaned = raw.replaceAll("[^\\p{L}\\p{N}\\p{M}_ ]+", " ").strip();
            // A tag written in camel case on purpose (SeaFog, iPhone, as Kakehashi exports them) keeps it.
            String t = CAMEL_CASE.matcher(cleaned).matches() ? cleaned : Tags.normalize(cleaned);
            if (!t.isEmpty()
                    && !"uncategorized".equals(t)
                    && Tags.VALID.matcher(t).matches()
                    && tags.size() < PostLimits.MAX_TAGS) {
                tags.add(t);
            }
        }
        return tags;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
