package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.ActivityType;
import dev.kakehashi.domain.Poll;
import dev.kakehashi.domain.Post;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.Activity;
import dev.kakehashi.federation.vocab.ApJson;
import dev.kakehashi.federation.vocab.Contexts;
import dev.kakehashi.federation.vocab.PostObject;
import dev.kakehashi.federation.vocab.Tombstone;
import dev.kakehashi.service.FederationSettings;
import dev.kakehashi.service.FederationSettings.ActorMode;
import dev.kakehashi.service.FederationSettings.ArticleFormat;
import java.util.List;

/**
 * Picks how a post federates: short posts are Notes; articles follow the blog's article format.
 * The post is attributed to its author, or to the blog when authors are not actors.
 */
public final class PostToObject {
    private final ActorIds ids;
    private final PostToNote notes;
    private final PostToArticle articles;

    public PostToObject(ActorIds ids) {
        this.ids = ids;
        this.notes = new PostToNote(ids);
        this.articles = new PostToArticle(ids);
    }

    public static ActorRef attributedTo(Post p, ActorMode mode) {
        return mode.authors() ? ActorRef.author(p.author().id()) : ActorRef.BLOG;
    }

    /** The stamp that approved the post's quote, to show peers (FEP-044f); null until there is one. */
    static String quoteAuthorization(Post p) {
        return p.quote() == null ? null : p.quote().authorization();
    }

    public PostObject convert(Post p, FederationSettings federation, String language) {
        ActorRef by = attributedTo(p, federation.actorMode());
        if (p.isArticle() && federation.articleFormat() == ArticleFormat.ARTICLE) {
            return articles.convert(p, by, language);
        }
        return notes.convert(p, by, language);
    }

    /** The Create of a published post, object embedded, same addressing as the object (A9.6). */
    public Activity create(Post p, FederationSettings federation, String language) {
        return create(p, null, federation, language);
    }

    /** The Create of a published post with its poll (a Question), or without one ({@code poll} null). */
    public Activity create(Post p, Poll poll, FederationSettings federation, String language) {
        PostObject object = convert(p, federation, language);
        return new Activity(
                Contexts.object(),
                ids.create(p.id()),
                ActivityType.CREATE,
                object.attributedTo(),
                object.published(),
                object.to(),
                object.cc(),
                PollToQuestion.of(object.withoutContext(), poll));
    }

    /**
     * The blog boosting an author's post, in "both" mode: only public and unlisted posts are boosted,
     * addressed as the post is (A7.6).
     */
    public Activity announce(Post p) {
        Addressing a = Addressing.of(
                p.visibility(),
                ids.followers(ActorRef.BLOG),
                List.of(ids.actor(ActorRef.author(p.author().id()))));
        return new Activity(
                Contexts.object(),
                ids.announce(p.id()),
                ActivityType.ANNOUNCE,
                ids.actor(ActorRef.BLOG),
                ApJson.date(p.publishedAt()),
                a.to(),
                a.cc(),
                ids.post(p.id()));
    }

    public Tombstone tombstone(Post p) {
        return new Tombstone(
                Contexts.collection(),
                ids.post(p.id()),
                "Tombstone",
                p.isArticle() ? "Article" : "Note",
                ApJson.date(p.deletedAt()));
    }
}
