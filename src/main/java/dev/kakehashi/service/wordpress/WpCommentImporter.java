package dev.kakehashi.service.wordpress;

import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.NewComment;
import dev.kakehashi.service.content.HtmlSanitizer;
import dev.kakehashi.store.CommentBatch;
import dev.kakehashi.store.CommentRepository;
import dev.kakehashi.store.WpImportRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Inside the caller's transaction. What is already known is read in two queries (the WordPress
     * ids mapped, the remote ids that already arrived), and the new comments and their mappings are
     * written as two JDBC batches: a thread costs a few round trips, not several per comment.
     */
    void importAll(long postId, String siteHost, List<WxrComment> all, boolean keepPings, ImportTally tally) {
        if (all.isEmpty()) {
            return;
        }
        Discussion t = new Discussion(postId, siteHost, keepPings, tally, comments.batch(clock.instant()));
        Set<Long> known = new HashSet<>();
        for (WxrComment c : all) {
            t.inPost.put(c.id(), c);
            known.add(c.id());
            known.add(c.parent());
        }
        t.done.putAll(map.mapped(COMMENT, known));
        t.arrived.putAll(comments.idsByUri(all.stream()
                .filter(c -> !t.done.containsKey(c.id()))
                .map(c -> uri(siteHost, c))
                .toList()));
        // Parents first: a reply is written once its parent is (bounded: one comment per round at least).
        List<WxrComment> waiting =
                all.stream().filter(c -> !t.done.containsKey(c.id())).toList();
        for (int round = 0; round <= all.size() && !waiting.isEmpty(); round++) {
            List<WxrComment> next = new ArrayList<>();
            for (WxrComment c : waiting) {
                boolean parentReady =
                        c.parent() == 0 || t.done.containsKey(c.parent()) || !t.inPost.containsKey(c.parent());
                if (parentReady) {
                    one(t, c);
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
        t.batch.write();
        map.mapAll(t.mappings);
    }

    /** One post's thread as it is being imported. */
    private static final class Discussion {
        final long postId;
        final String siteHost;
        final boolean keepPings;
        final ImportTally tally;
        final CommentBatch batch;
        final Map<Long, WxrComment> inPost = new HashMap<>();
        /** WordPress comment id to local id (null: skipped), for those mapped before and now. */
        final Map<Long, Long> done = new HashMap<>();
        /** Local comment ids by uri, for the comments that already arrived over ActivityPub. */
        final Map<String, Long> arrived = new HashMap<>();

        final Map<Long, Integer> depthOf = new HashMap<>();
        final List<WpImportRepository.Mapping> mappings = new ArrayList<>();

        Discussion(long postId, String siteHost, boolean keepPings, ImportTally tally, CommentBatch batch) {
            this.postId = postId;
            this.siteHost = siteHost;
            this.keepPings = keepPings;
            this.tally = tally;
            this.batch = batch;
        }

        void map(long wpId, Long localId) {
            done.put(wpId, localId);
            mappings.add(new WpImportRepository.Mapping(COMMENT, wpId, localId, null, null));
        }
    }

    private void one(Discussion t, WxrComment c) {
        if (t.done.containsKey(c.id())) {
            return;
        }
        if (c.isSpamOrTrash() || (c.isPing() && !t.keepPings)) {
            t.map(c.id(), null);
            t.tally.skipped++;
            return;
        }
        String uri = uri(t.siteHost, c);
        Long already = t.arrived.get(uri);
        if (already != null) {
            t.map(c.id(), already);
            return; // already arrived over ActivityPub
        }
        Long parentId = c.parent() == 0 ? null : t.done.get(c.parent());
        int depth = parentId == null ? 0 : t.depthOf.getOrDefault(c.parent(), 0) + 1;
        String html = c.isPing()
                ? "<p><a href=\"" + Entities.escape(c.authorUrl()) + "\" rel=\"nofollow\">"
                        + Entities.escape(c.author().isBlank() ? c.authorUrl() : c.author()) + "</a> linked here.</p>"
                : content.convert(c.content(), id -> null).html();
        html = sanitizer.sanitizeRemote(html);
        String profile = http(c.authorUrl());
        String remote = http(c.remoteId());
        String host = profile != null ? URI.create(profile).getHost() : t.siteHost;
        Instant published = c.date() != null ? c.date() : clock.instant();
        long id = t.batch.add(
                new NewComment(
                        t.postId,
                        parentId,
                        depth,
                        uri,
                        remote != null ? http(c.meta().get("source_url")) : null,
                        profile != null ? profile : ANONYMOUS,
                        host == null ? "wordpress" : host,
                        null,
                        new CommentContent(html, null, false, null, null),
                        "1".equals(c.approved()) ? CommentStatus.PUBLISHED : CommentStatus.PENDING,
                        published),
                clip(c.author().isBlank() ? "Anonymous" : c.author()));
        t.arrived.put(uri, id);
        t.map(c.id(), id);
        t.depthOf.put(c.id(), depth);
        t.tally.comments++;
    }

    /** The comment's id here: the fediverse id the ActivityPub plugin kept, or one minted from the old site. */
    private static String uri(String siteHost, WxrComment c) {
        String remote = http(c.remoteId());
        return remote != null ? remote : "urn:kakehashi:wordpress:" + siteHost + ":comment:" + c.id();
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
