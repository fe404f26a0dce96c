package dev.kakehashi.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusAttachment;
import dev.kakehashi.domain.StatusCounts;
import dev.kakehashi.domain.StatusMention;
import dev.kakehashi.domain.StatusReply;
import dev.kakehashi.domain.StatusTag;
import dev.kakehashi.store.Transactions;
import java.util.function.BooleanSupplier;

/**
 * The shared {@link Status} records of blog posts, kept between pages by post id with the stamp they
 * were made at, so a page maps (and loads the hashtags, mentions and attachments of) only the posts
 * that changed since. The stamp is read with the post on every page: its change stamp ({@link
 * Post#shownVersion}, raised in the database by every change of what the record holds, on whichever
 * node), its author's name and handle, and its language (the blog's, for a post without one). What
 * changes without the post (the counts, the local id of what it answers) is set on the kept record for
 * each page. Records are kept only from a read-only unit of work, so never from a change that may still
 * roll back; at most {@link #MAX_BYTES} of them, by their estimated size.
 */
final class PostRecords {
    /** The most the kept records weigh, as {@link #weight} estimates them. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private record Stamp(long version, String authorName, String authorHandle, String language) {}

    private record Kept(Stamp stamp, Status record) {}

    private final BooleanSupplier keeping;
    private final PostToStatusRecord mapper;
    private final Cache<Long, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Long id, Kept k) -> weight(k.record()))
            .build();

    /** Keeps records made in a read-only unit of work of {@code tx}. */
    PostRecords(Transactions tx, PostToStatusRecord mapper) {
        this(() -> tx.active() && tx.session().isDefaultReadOnly(), mapper);
    }

    /** @param keeping whether a record made now may be kept (what it was made from is committed) */
    PostRecords(BooleanSupplier keeping, PostToStatusRecord mapper) {
        this.keeping = keeping;
        this.mapper = mapper;
    }

    /** The record kept for {@code p} at its current stamp, or null; what it shows beside the post is not set. */
    Status kept(Post p) {
        Kept k = kept.getIfPresent(p.id());
        return k != null && k.stamp().equals(stamp(p)) ? k.record() : null;
    }

    /**
     * The record of {@code p} with these counts and the local id of what it answers: the kept one when
     * the post has not changed since, else mapped now (and kept, in a read-only unit of work).
     */
    Status of(Post p, StatusCounts counts, Long replyToId) {
        Stamp stamp = stamp(p);
        Kept k = kept.getIfPresent(p.id());
        if (k != null && k.stamp().equals(stamp)) {
            return with(
                    k.record(),
                    counts,
                    p.inReplyTo() == null && replyToId == null ? null : new StatusReply(replyToId, p.inReplyTo()));
        }
        Status record = mapper.map(p, counts, replyToId);
        if (keeping.getAsBoolean()) {
            kept.put(p.id(), new Kept(stamp, record));
        }
        return record;
    }

    private Stamp stamp(Post p) {
        return new Stamp(p.shownVersion(), p.author().displayName(), p.author().username(), mapper.languageOf(p));
    }

    /** The same record with what changes without the post. */
    private static Status with(Status s, StatusCounts counts, StatusReply replyTo) {
        return new Status(
                s.id(),
                s.kind(),
                s.author(),
                s.uri(),
                s.url(),
                s.title(),
                s.summary(),
                s.html(),
                s.text(),
                s.spoiler(),
                s.sensitive(),
                s.visibility(),
                s.language(),
                s.created(),
                s.edited(),
                replyTo,
                s.attachments(),
                s.tags(),
                s.mentions(),
                counts,
                s.preview());
    }

    /**
     * A record's estimated size in bytes: its text twice (Java keeps it as Latin-1 or UTF-16), each
     * attachment's, hashtag's and mention's addresses, and a fixed part for the objects themselves.
     */
    static int weight(Status s) {
        long chars = len(s.uri())
                + len(s.url())
                + len(s.title())
                + len(s.summary())
                + len(s.html())
                + len(s.text())
                + len(s.spoiler())
                + len(s.language());
        for (StatusAttachment a : s.attachments()) {
            chars += len(a.id()) + len(a.url()) + len(a.mediaType()) + len(a.description()) + 64;
        }
        for (StatusTag t : s.tags()) {
            chars += len(t.name()) + len(t.url()) + 32;
        }
        for (StatusMention m : s.mentions()) {
            chars += len(m.acct()) + len(m.actorUri()) + len(m.profileUrl()) + 32;
        }
        return (int) Math.min(Integer.MAX_VALUE, 2 * chars + 600);
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }
}
