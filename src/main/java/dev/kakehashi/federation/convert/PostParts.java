package dev.kakehashi.federation.convert;

import dev.kakehashi.domain.Media;
import dev.kakehashi.domain.Post;
import dev.kakehashi.domain.PostMention;
import dev.kakehashi.federation.id.ActorIds;
import dev.kakehashi.federation.id.ActorRef;
import dev.kakehashi.federation.vocab.InteractionPolicy;
import dev.kakehashi.federation.vocab.MediaObject;
import dev.kakehashi.federation.vocab.TagObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What Note and Article share: addressing, hashtags, media, the permalink. */
final class PostParts {
    /** Mastodon imports only the first four attachments (INTEROP A8.4). */
    static final int MAX_ATTACHMENTS = 4;

    private final ActorIds ids;
    private final MediaToAttachment media;
    private final BodyImages bodyImages;

    PostParts(ActorIds ids) {
        this.ids = ids;
        this.media = new MediaToAttachment(ids.links());
        this.bodyImages = new BodyImages(ids.links());
    }

    /**
     * Addressing by visibility (INTEROP A7.1); everyone mentioned is addressed, as Mastodon silences
     * a Mention not addressed (A7.3).
     */
    Addressing addressing(ActorRef by, Post p) {
        return Addressing.of(p, ids.followers(by));
    }

    static List<String> mentionedActors(Post p) {
        return p.mentions().stream()
                .map(PostMention::actorUri)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** Hashtags, then a {@code Mention} per mentioned actor (href = actor id, name = @user@host). */
    List<TagObject> tags(Post p) {
        List<TagObject> tags = new ArrayList<>();
        p.tags().stream()
                .sorted()
                .forEach(t ->
                        tags.add(new TagObject("Hashtag", "#" + t, ids.links().tag(t))));
        Set<String> seen = new LinkedHashSet<>();
        for (PostMention m : p.mentions()) {
            if (m.actorUri() != null && seen.add(m.actorUri())) {
                tags.add(new TagObject("Mention", m.handle(), m.actorUri()));
            }
        }
        return tags;
    }

    /** Quotes and replies open for a public post (replies unless closed); else only its audience replies. */
    InteractionPolicy policy(Post p, ActorRef by) {
        String author = ids.actor(by);
        if (p.visibility().readableByAnyone()) {
            return InteractionPolicy.of(author, p.commentsClosed());
        }
        Set<String> repliers = new LinkedHashSet<>();
        repliers.add(author);
        if (!p.commentsClosed()) {
            repliers.addAll(addressing(by, p).to());
        }
        return InteractionPolicy.among(List.copyOf(repliers), author);
    }

    /**
     * The cover first (the lead image), then the post's images, then the images in its body (which
     * Mastodon would otherwise drop with the {@code img} tags), at most four, each once.
     */
    List<MediaObject> attachments(Post p) {
        Set<Media> all = new LinkedHashSet<>();
        if (p.cover() != null) {
            all.add(p.cover());
        }
        all.addAll(p.attachments());
        Map<String, MediaObject> byUrl = new LinkedHashMap<>();
        for (Media m : all) {
            MediaObject o = media.convert(m);
            byUrl.putIfAbsent(o.url(), o);
        }
        for (MediaObject o : bodyImages.of(p.bodyHtml())) {
            byUrl.putIfAbsent(o.url(), o);
        }
        return byUrl.values().stream().limit(MAX_ATTACHMENTS).toList();
    }

    MediaObject image(Media m) {
        return m == null ? null : media.convert(m);
    }

    /** The page people read it on: the pretty URL for an article, the id for a short post. */
    String url(Post p) {
        return p.isArticle() && p.slug() != null ? ids.links().article(p.slug()) : ids.post(p.id());
    }

    String base() {
        return ids.links().base();
    }

    ActorIds ids() {
        return ids;
    }
}
