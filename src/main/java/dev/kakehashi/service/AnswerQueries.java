package dev.kakehashi.service;

import dev.kakehashi.domain.Comment;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.domain.Visibility;
import dev.kakehashi.store.AnswerRepository;
import dev.kakehashi.store.PostRepository;
import dev.kakehashi.store.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authors' answers to comments as the fediverse reads them: the answer, the comment it answers, the
 * people it mentions, and who may see the thread. Each method joins the caller's unit of work.
 */
public final class AnswerQueries {
    private final Transactions tx;
    private final AnswerRepository answers;
    private final PostRepository posts;

    public AnswerQueries(Transactions tx, AnswerRepository answers, PostRepository posts) {
        this.tx = tx;
        this.answers = answers;
        this.posts = posts;
    }

    /** @param answer what to answer for the comment row, or for none with this id, inside the read */
    public <T> T byId(long id, Function<Optional<Comment>, T> answer) {
        return tx.call(() -> answer.apply(answers.byId(id)));
    }

    /** The comment an answer replies to, if it is still stored. */
    public Optional<Comment> parentOf(Comment answer) {
        return answer.parentId() == null ? Optional.empty() : tx.call(() -> answers.byId(answer.parentId()));
    }

    public List<PostMention> mentions(long commentId) {
        return tx.call(() -> answers.mentions(commentId));
    }

    /** The visibility of the post the comment is under; a post we cannot find is as hidden as can be. */
    public Visibility threadOf(Comment comment) {
        return tx.call(() -> posts.byId(comment.postId()).map(Post::visibility).orElse(Visibility.DIRECT));
    }
}
