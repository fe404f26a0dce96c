package dev.kakehashi.service.wordpress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One {@code item} of a WordPress export: a post, a page, an attachment or another post type.
 *
 * @param status publish, draft, future, private, pending, trash, inherit...
 * @param date post_date_gmt (null for a draft never saved with a date)
 * @param categories category slugs and names
 * @param tags post_tag slugs and names
 * @param format the post_format term ("status", "aside", "quote"...) or ""
 * @param attachmentUrl an attachment's file ({@code wp:attachment_url}), or ""
 * @param menuOrder a page's place among its siblings ({@code wp:menu_order})
 */
public record WxrItem(
        long postId,
        String guid,
        String link,
        String title,
        String creator,
        String type,
        String status,
        String name,
        long parent,
        boolean sticky,
        Instant date,
        Instant modified,
        String content,
        String excerpt,
        List<String> categories,
        List<String> tags,
        String format,
        Map<String, String> meta,
        List<WxrComment> comments,
        String attachmentUrl,
        int menuOrder) {}
