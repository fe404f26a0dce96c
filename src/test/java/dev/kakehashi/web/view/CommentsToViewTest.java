package dev.kakehashi.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.CommentContent;
import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.domain.CommentWithAuthor;
import dev.kakehashi.store.CommentRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentsToViewTest {
    private final CommentsToView views = new CommentsToView();
    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    static CommentWithAuthor comment(long id, Long parent, int depth, CommentStatus status, boolean deleted) {
        return comment(id, parent, depth, status, deleted, "https://m.example/users/u" + id);
    }

    static CommentWithAuthor comment(
            long id, Long parent, int depth, CommentStatus status, boolean deleted, String actor) {
        Comment row = new Comment(
                id,
                1,
                parent,
                depth,
                "https://m.example/s/" + id,
                "https://m.example/@u/" + id,
                actor,
                "m.example",
                null,
                new CommentContent(deleted ? null : "<p>text " + id + "</p>", null, false, null, null),
                status,
                T.plusSeconds(id),
                deleted ? T : null,
                T);
        return new CommentWithAuthor(row, "User " + id, "u" + id, "https://m.example/a/" + id + ".png", null);
    }

    @Test
    void repliesFollowTheirParentIndentedByDepth() {
        CommentsView v = views.thread(List.of(
                comment(1, null, 0, CommentStatus.PUBLISHED, false),
                comment(2, null, 0, CommentStatus.PUBLISHED, false),
                comment(3, 1L, 1, CommentStatus.PUBLISHED, false),
                comment(4, 3L, 2, CommentStatus.PUBLISHED, false)));
        assertThat(v.items())
                .extracting(CommentView::anchor)
                .containsExactly("comment-1", "comment-3", "comment-4", "comment-2");
        assertThat(v.items()).extracting(CommentView::indent).containsExactly(0, 1, 2, 0);
        assertThat(v.count()).isEqualTo(4);
        CommentView first = v.items().get(0);
        assertThat(first.authorName()).isEqualTo("User 1");
        assertThat(first.authorHandle()).isEqualTo("@u1@m.example");
        assertThat(first.authorUrl()).isEqualTo("https://m.example/users/u1");
        assertThat(first.avatarUrl()).isEqualTo("https://m.example/a/1.png");
    }

    @Test
    void aDeletedCommentWithRepliesBecomesAPlaceholderAndOneWithoutDisappears() {
        CommentsView v = views.thread(List.of(
                comment(1, null, 0, CommentStatus.PUBLISHED, true),
                comment(2, 1L, 1, CommentStatus.PUBLISHED, false),
                comment(3, null, 0, CommentStatus.PUBLISHED, true),
                comment(4, null, 0, CommentStatus.PENDING, false),
                comment(5, null, 0, CommentStatus.SPAM, false),
                comment(6, 5L, 1, CommentStatus.PUBLISHED, false)));
        assertThat(v.items())
                .extracting(CommentView::anchor)
                .containsExactly("comment-1", "comment-2", "comment-5", "comment-6");
        assertThat(v.items().get(0).placeholder()).isTrue();
        assertThat(v.items().get(0).placeholderText()).isEqualTo("This comment was deleted.");
        assertThat(v.items().get(2).placeholderText()).isEqualTo("This comment is not available.");
        assertThat(v.items().get(2).html()).isNull();
        assertThat(v.count()).isEqualTo(2);
    }

    @Test
    void aThreadAThousandDeepIsBuiltWithoutRecursionAndIndentIsCapped() {
        List<CommentWithAuthor> chain = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            chain.add(comment(i, i == 1 ? null : (long) i - 1, i - 1, CommentStatus.PUBLISHED, false));
        }
        CommentsView v = views.thread(chain);
        assertThat(v.count()).isEqualTo(1000);
        assertThat(v.items()).hasSize(1000);
        assertThat(v.items()).extracting(CommentView::indent).allMatch(i -> i <= CommentsView.MAX_INDENT);
        assertThat(v.items().get(5).inReplyToName()).isNull();
        assertThat(v.items().get(999).indent()).isEqualTo(CommentsView.MAX_INDENT);
        assertThat(v.items().get(999).inReplyToName()).isEqualTo("User 999");
    }

    @Test
    void anAnonymizedCommentShowsNoNameAvatarOrLinks() {
        CommentView c = views.thread(
                        List.of(comment(1, null, 0, CommentStatus.PUBLISHED, false, CommentRepository.ANONYMOUS_ACTOR)))
                .items()
                .get(0);
        assertThat(c.authorName()).isEqualTo("A deleted account");
        assertThat(c.authorUrl()).isNull();
        assertThat(c.avatarUrl()).isNull();
        assertThat(c.authorHandle()).isNull();
    }

    @Test
    void onlyHttpLinksReachThePage() {
        CommentWithAuthor odd = new CommentWithAuthor(
                comment(1, null, 0, CommentStatus.PUBLISHED, false).row(),
                "x",
                "x",
                "javascript:alert(1)",
                "data:text/html,hi");
        CommentView c = views.thread(List.of(odd)).items().get(0);
        assertThat(c.avatarUrl()).isNull();
        assertThat(c.authorUrl()).isNull();
    }

    @Test
    void aCommentShowsItsAttachmentsWarningAndEditAsItsStatusRecordHoldsThem() {
        String files = "[{\"url\":\"https://m.example/f/1.png\",\"mediaType\":\"image/png\",\"alt\":\"a cat\","
                + "\"image\":true},{\"url\":\"javascript:alert(1)\"},{\"url\":\"https://m.example/f/2.mp3\","
                + "\"mediaType\":\"audio/mpeg\"}]";
        Comment row = new Comment(
                9,
                1,
                null,
                0,
                "https://m.example/s/9",
                null,
                "https://m.example/users/u9",
                "m.example",
                null,
                new CommentContent("<p>look</p>", "cats", true, files, T.plusSeconds(60)),
                CommentStatus.PUBLISHED,
                null,
                null,
                T);
        CommentView c = views.thread(List.of(new CommentWithAuthor(row, null, null, null, null)))
                .items()
                .get(0);

        assertThat(c.authorName()).isEqualTo("m.example");
        assertThat(c.authorHandle()).isNull();
        assertThat(c.url()).isEqualTo("https://m.example/s/9");
        assertThat(c.contentWarning()).isEqualTo("cats");
        assertThat(c.sensitive()).isTrue();
        assertThat(c.published()).isEqualTo(T);
        assertThat(c.edited()).isEqualTo(T.plusSeconds(60));
        assertThat(c.attachments())
                .containsExactly(
                        new CommentView.CommentAttachmentView("https://m.example/f/1.png", "a cat", true, "image/png"),
                        new CommentView.CommentAttachmentView("https://m.example/f/2.mp3", "", false, "audio/mpeg"));
    }
}
