package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.SitePage;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.service.Links;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.PinRepository;
import dev.kakehashi.store.WpImportRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Posts and uploads as export items, the inverse of what {@link WpPostImporter} and {@link
 * WpCommentImporter} read: kinds, states, visibility, pins, tags, pages at their old address, and
 * comments with their threading, approval and fediverse ids. Inside the caller's transaction.
 */
public final class WxrItems {
    /**
     * Kakehashi's own visibility where WordPress has none of its own (unlisted, direct), kept in a
     * post meta so the importer restores it.
     */
    static final String VISIBILITY_META = "_kakehashi_visibility";

    private final CommentRepository comments;
    private final PinRepository pins;
    private final WpImportRepository map;
    private final Links links;

    public WxrItems(CommentRepository comments, PinRepository pins, WpImportRepository map, Links links) {
        this.comments = comments;
        this.pins = pins;
        this.map = map;
        this.links = links;
    }

    List<WxrItem> of(List<Post> page) {
        List<Long> ids = page.stream().map(Post::id).toList();
        Set<Long> pinned = pins.pinned(ids);
        Map<Long, String> pagePaths = ids.isEmpty() ? Map.of() : map.slugsOf(WpPostImporter.PAGE, ids);
        List<WxrItem> out = new ArrayList<>(page.size());
        for (Post p : page) {
            out.add(item(p, pinned.contains(p.id()), pagePaths.get(p.id())));
        }
        return out;
    }

    /** A page of the blog as a WordPress page; its link is its address, which the importer keeps. */
    WxrItem page(SitePage p, String username) {
        String url = links.page(p.slug());
        return new WxrItem(
                p.id(),
                url,
                url + "/",
                p.title(),
                username,
                WpPostImporter.PAGE_TYPE,
                "publish",
                p.slug(),
                p.parentId() == null ? 0 : p.parentId(),
                false,
                p.createdAt(),
                p.updatedAt(),
                p.bodyHtml(),
                "",
                List.of(),
                List.of(),
                "",
                Map.of(),
                List.of(),
                "",
                p.menuOrder());
    }

    WxrItem attachment(Media m) {
        String url = links.media(m.fileName());
        return new WxrItem(
                m.id(),
                url,
                url,
                m.fileName(),
                "",
                "attachment",
                "inherit",
                m.fileName(),
                0,
                false,
                m.createdAt(),
                m.createdAt(),
                "",
                m.altText() == null ? "" : m.altText(),
                List.of(),
                List.of(),
                "",
                m.altText() == null ? Map.of() : Map.of("_wp_attachment_image_alt", m.altText()),
                List.of(),
                url,
                0);
    }

    private WxrItem item(Post p, boolean sticky, String pagePath) {
        boolean isPage = pagePath != null;
        String link = isPage
                ? links.page(pagePath) + "/"
                : p.isArticle() && p.slug() != null ? links.article(p.slug()) : links.post(p.id());
        Map<String, String> meta = new LinkedHashMap<>();
        Visibility v = p.visibility();
        if (v == Visibility.DIRECT || (v == Visibility.UNLISTED && !isPage)) {
            meta.put(VISIBILITY_META, v.wireName());
        }
        String html = p.bodyHtmlAbsolute() != null ? p.bodyHtmlAbsolute() : p.bodyHtml();
        return new WxrItem(
                p.id(),
                links.post(p.id()),
                link,
                p.title() == null ? "" : p.title(),
                p.author().username(),
                isPage ? WpPostImporter.PAGE_TYPE : "post",
                status(p),
                p.slug() == null ? "" : p.slug(),
                0,
                sticky,
                p.publishedAt() != null ? p.publishedAt() : p.scheduledAt() != null ? p.scheduledAt() : p.createdAt(),
                p.updatedAt(),
                html == null ? "" : html,
                p.excerpt() == null ? "" : p.excerpt(),
                List.of(),
                List.copyOf(p.tags()),
                p.kind() == PostKind.NOTE ? "status" : "",
                meta,
                comments(p.id()),
                "",
                0);
    }

    private static String status(Post p) {
        return switch (p.status()) {
            case DRAFT -> "draft";
            case SCHEDULED -> "future";
            default -> p.visibility() == Visibility.PRIVATE || p.visibility() == Visibility.DIRECT
                    ? "private"
                    : "publish";
        };
    }

    private List<WxrComment> comments(long postId) {
        List<WxrComment> out = new ArrayList<>();
        for (CommentWithAuthor c : comments.thread(postId)) {
            Comment row = c.row();
            if (row.isDeleted()) {
                continue;
            }
            Map<String, String> meta = new LinkedHashMap<>();
            if (http(row.uri())) {
                // The ActivityPub plugin's shape: the importer keeps the id, so replies still thread.
                meta.put("protocol", "activitypub");
                meta.put("source_id", row.uri());
                if (http(row.url())) {
                    meta.put("source_url", row.url());
                }
            }
            out.add(new WxrComment(
                    row.id(),
                    row.parentId() == null ? 0 : row.parentId(),
                    c.authorName() == null ? "" : c.authorName(),
                    http(row.actorUri()) ? row.actorUri() : "",
                    row.published(),
                    row.content().contentHtml() == null ? "" : row.content().contentHtml(),
                    approved(row),
                    "",
                    meta));
        }
        return out;
    }

    /** Hidden comments (of a blocked actor) wait for moderation again rather than showing. */
    private static String approved(Comment c) {
        return switch (c.status()) {
            case PUBLISHED -> "1";
            case SPAM -> "spam";
            case REJECTED -> "trash";
            default -> "0";
        };
    }

    private static boolean http(String s) {
        return s != null && (s.startsWith("https://") || s.startsWith("http://"));
    }
}
