package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.WpImportRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * A WordPress post's comments as comments here, threaded as they were. Comments that came from the
 * fediverse through the ActivityPub plugin keep their remote id, so later replies thread under them.
 */
final class WpCommentImporter {
    static final String COMMENT = "COMMENT";
    private static final String ANONYMOUS = "urn:kakehashi:wordpress-commenter";

    private final CommentRepository comments;
    private final WpImportRepository map;
    private final WpContent content;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    WpCommentImporter(
            CommentRepository comments,
            WpImportRepository map,
            WpContent content,
            HtmlSanitizer sanitizer,
            Clock clock) {
        this.comments = comments;
        this.map = map;
        this.content = content;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    /** Inside the caller's transaction. */
    void importAll(long postId, String siteHost, List<WxrComment> all, boolean keepPings, ImportTally tally) {
        Map<Long, int[]> depthOf = new HashMap<>();
        // Parents first: a reply is written once its parent is (bounded: one comment per round at least).
        List<WxrComment> waiting = new ArrayList<>(all);
        for (int round = 0; round <= all.size() && !waiting.isEmpty(); round++) {
            List<WxrComment> next = new ArrayList<>();
            for (WxrComment c : waiting) {
                boolean parentReady = c.parent() == 0 || map.mapped(COMMENT, c.parent()) || !hasParent(all, c);
                if (parentReady) {
                    one(postId, siteHost, c, keepPings, tally, depthOf);
                } else {
                    next.add(c);
                }
            }
            if (next.size() == waiting.size()) {
                next.forEach(c -> tally.skip("Comment " + c.id() + " skipped: its thread loops."));
                break;
            }
            waiting = next;
        }
    }

    private static boolean hasParent(List<WxrComment> all, WxrComment c) {
        return all.stream().anyMatch(p -> p.id() == c.parent());
    }

    private void one(
            long postId,
            String siteHost,
            WxrComment c,
            boolean keepPings,
            ImportTally tally,
            Map<Long, int[]> depthOf) {
        if (map.mapped(COMMENT, c.id())) {
            return;
        }
        if (c.isSpamOrTrash() || (c.isPing() && !keepPings)) {
            map.map(COMMENT, c.id(), null, null, null);
            tally.skipped++;
            return;
        }
        Long parentId =
                c.parent() == 0 ? null : map.localId(COMMENT, c.parent()).orElse(null);
        int depth = parentId == null ? 0 : depthOf.getOrDefault(c.parent(), new int[] {0})[0] + 1;
        String html = c.isPing()
                ? "<p><a href=\"" + Entities.escape(c.authorUrl()) + "\" rel=\"nofollow\">"
                        + Entities.escape(c.author().isBlank() ? c.authorUrl() : c.author()) + "</a> linked here.</p>"
                : content.convert(c.content(), id -> null).html();
        html = sanitizer.sanitizeRemote(html);
        String profile = http(c.authorUrl());
        String remote = http(c.remoteId());
        String actor = profile != null ? profile : ANONYMOUS;
        String host = profile != null ? URI.create(profile).getHost() : siteHost;
        String uri = remote != null ? remote : "urn:kakehashi:wordpress:" + siteHost + ":comment:" + c.id();
        if (comments.byUri(uri).isPresent()) {
            map.map(COMMENT, c.id(), comments.byUri(uri).get().id(), null, null);
            return; // already arrived over ActivityPub
        }
        Instant published = c.date() != null ? c.date() : clock.instant();
        long id = comments.add(
                new CommentRepository.NewComment(
                        postId,
                        parentId,
                        depth,
                        uri,
                        remote != null ? http(c.meta().get("source_url")) : null,
                        actor,
                        host == null ? "wordpress" : host,
                        null,
                        new CommentContent(html, null, false, null, null),
                        "1".equals(c.approved()) ? CommentStatus.PUBLISHED : CommentStatus.PENDING,
                        published),
                clock.instant());
        map.nameCommentAuthor(id, clip(c.author().isBlank() ? "Anonymous" : c.author()));
        map.map(COMMENT, c.id(), id, null, null);
        depthOf.put(c.id(), new int[] {depth});
        tally.comments++;
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }

    private static String http(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    ? u.toString()
                    : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
