package dev.kakehashi.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.CommentWithAuthor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadOrderTest {
    static CommentWithAuthor comment(long id, Long parent, CommentStatus status) {
        Comment c = new Comment(
                id,
                1,
                parent,
                parent == null ? 0 : 1,
                "https://peer.example/notes/" + id,
                null,
                "https://peer.example/users/a",
                "peer.example",
                null,
                new CommentContent("<p>" + id + "</p>", null, false, null, null),
                status,
                Instant.EPOCH.plusSeconds(id),
                null,
                Instant.EPOCH.plusSeconds(id));
        return new CommentWithAuthor(c, null, null, null, null);
    }

    @Test
    void eachReplyFollowsItsParentAndAHiddenCommentHidesItsReplies() {
        List<Comment> ordered = ThreadQueries.threadOrder(List.of(
                comment(1, null, CommentStatus.PUBLISHED),
                comment(2, null, CommentStatus.PUBLISHED),
                comment(3, 1L, CommentStatus.PUBLISHED),
                comment(4, null, CommentStatus.PENDING),
                comment(5, 4L, CommentStatus.PUBLISHED),
                comment(6, 3L, CommentStatus.PUBLISHED)));
        assertThat(ordered).extracting(Comment::id).containsExactly(1L, 3L, 6L, 2L);
    }
}
