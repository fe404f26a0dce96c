package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Account;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostContent;
import dev.kakehashi.domain.PostKind;
import dev.kakehashi.domain.Role;
import dev.kakehashi.domain.Status;
import dev.kakehashi.domain.StatusCounts;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PostRecordsTest {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");
    final AtomicBoolean readOnly = new AtomicBoolean(true);
    final PostRecords records = new PostRecords(
            readOnly::get,
            new PostToStatusRecord(
                    PostToStatusRecordTest.LINKS, new PostRendering(PostToStatusRecordTest.LINKS), () -> "ja"));

    /** A published note by an author of its own (the test renames them). */
    static Post note() {
        Account bea = new Account(8, "bea", "bea@blog.example", "Bea", Role.AUTHOR, "x", T0);
        Post p = new Post(43, bea, PostKind.NOTE, T0);
        p.write(
                new PostContent(null, null, "md", null, null, Set.of("bridges"), List.of(), null),
                "<p>Hello <a href=\"/tags/bridges\">#bridges</a></p>",
                T0);
        p.publish(T0.plusSeconds(60));
        return p;
    }

    @Test
    void anUnchangedPostsRecordIsKeptWithTheCountsAndReplyOfEachPage() {
        Post p = note();
        Status first = records.of(p, new StatusCounts(1, 2, 3), null);
        assertThat(records.kept(p)).isSameAs(first);

        p.replyTo("https://social.example/notes/1");
        Status again = records.of(p, new StatusCounts(4, 5, 6), 99L);
        assertThat(again.html()).isSameAs(records.kept(p).html());
        assertThat(again.counts()).isEqualTo(new StatusCounts(4, 5, 6));
        assertThat(again.replyTo().id()).isEqualTo(99L);
        assertThat(again.replyTo().uri()).isEqualTo("https://social.example/notes/1");
    }

    @Test
    void anEditOrANewAuthorNameIsMappedAgain() {
        Post p = note();
        records.of(p, StatusCounts.NONE, null);

        p.write(
                new PostContent(null, null, "md", null, null, Set.of("tides"), List.of(), null),
                "<p>Edited</p>",
                T0.plusSeconds(120));
        assertThat(records.kept(p)).isNull();
        Status edited = records.of(p, StatusCounts.NONE, null);
        assertThat(edited.html()).contains("Edited");
        assertThat(edited.tags()).extracting(t -> t.name()).containsExactly("tides");
        assertThat(records.kept(p)).isSameAs(edited);

        p.author().updateProfile("Bea Renamed", "", "bea@blog.example", T0.plusSeconds(180));
        assertThat(records.kept(p)).isNull();
        assertThat(records.of(p, StatusCounts.NONE, null).author().name()).isEqualTo("Bea Renamed");
    }

    @Test
    void aRecordMadeOutsideAReadOnlyUnitOfWorkIsNotKept() {
        readOnly.set(false);
        Post p = note();
        records.of(p, StatusCounts.NONE, null);
        assertThat(records.kept(p)).isNull();
    }

    @Test
    void aRecordWeighsAtLeastItsText() {
        Status s = records.of(note(), StatusCounts.NONE, null);
        assertThat(PostRecords.weight(s)).isGreaterThan(2 * s.html().length() + 600);
    }
}
