package dev.kakehashi.service;

import static dev.kakehashi.service.ThreadOrderTest.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentThreadTest {
    // 1 ─ 3 ─ 6        ordered: 1, 3, 6, 7, 2, 8
    //   └ 7
    // 2 ─ 8
    // 4 (pending) ─ 5
    private static final List<Comment> THREAD = ThreadQueries.threadOrder(List.of(
            comment(1, null, CommentStatus.PUBLISHED),
            comment(2, null, CommentStatus.PUBLISHED),
            comment(3, 1L, CommentStatus.PUBLISHED),
            comment(4, null, CommentStatus.PENDING),
            comment(5, 4L, CommentStatus.PUBLISHED),
            comment(6, 3L, CommentStatus.PUBLISHED),
            comment(7, 1L, CommentStatus.PUBLISHED),
            comment(8, 2L, CommentStatus.PUBLISHED)));

    @Test
    void aNestedCommentHasTheCommentsItAnswersAboveAndItsRepliesBelow() {
        CommentThread at3 = CommentThread.of(THREAD, 3).orElseThrow();
        assertThat(at3.comment().id()).isEqualTo(3L);
        assertThat(at3.above()).extracting(Comment::id).containsExactly(1L);
        assertThat(at3.below()).extracting(Comment::id).containsExactly(6L);

        CommentThread at6 = CommentThread.of(THREAD, 6).orElseThrow();
        assertThat(at6.above()).extracting(Comment::id).containsExactly(1L, 3L);
        assertThat(at6.below()).isEmpty();
        assertThat(at6.parent().id()).isEqualTo(3L);
        assertThat(at6.all()).extracting(Comment::id).containsExactly(1L, 3L, 6L);
    }

    @Test
    void aTopCommentHasEveryReplyInItsBranchBelowAndNoOtherBranch() {
        CommentThread at1 = CommentThread.of(THREAD, 1).orElseThrow();
        assertThat(at1.above()).isEmpty();
        assertThat(at1.parent()).isNull();
        assertThat(at1.below()).extracting(Comment::id).containsExactly(3L, 6L, 7L);
        assertThat(at1.answerable()).extracting(Comment::id).containsExactly(1L, 3L, 6L, 7L);
        assertThat(CommentThread.of(THREAD, 2).orElseThrow().below())
                .extracting(Comment::id)
                .containsExactly(8L);
    }

    @Test
    void aCommentTheThreadDoesNotShowHasNoPlace() {
        assertThat(CommentThread.of(THREAD, 4)).isEmpty();
        assertThat(CommentThread.of(THREAD, 5)).isEmpty();
        assertThat(CommentThread.of(THREAD, 99)).isEmpty();
    }
}
